//! Query-string parameters: the store's filters and each endpoint's own, checked strictly (an
//! unknown parameter is an error rather than silently ignored).

use crate::Error;
use dyad::Date;
use dyad_store::Filter;
use std::collections::BTreeMap;

/// The filter parameters every event endpoint accepts.
pub(crate) const FILTER_PARAMS: &[&str] = &[
    "actor", "source", "target", "country", "code", "root", "plover", "quad", "from", "to",
    "place", "q", "doc",
];

/// Parsed query parameters (the last value of a repeated one wins; empty values are absent).
pub(crate) struct Params(BTreeMap<String, String>);

impl Params {
    /// Check that every parameter is a filter or one of `extra`.
    pub(crate) fn new(pairs: Vec<(String, String)>, extra: &[&str]) -> Result<Params, Error> {
        let mut map = BTreeMap::new();
        for (k, v) in pairs {
            if !FILTER_PARAMS.contains(&k.as_str()) && !extra.contains(&k.as_str()) {
                let mut known: Vec<&str> = FILTER_PARAMS.to_vec();
                known.extend_from_slice(extra);
                return Err(Error::BadRequest(format!(
                    "unknown parameter '{k}' (known: {})",
                    known.join(", ")
                )));
            }
            let v = v.trim().to_string();
            if v.is_empty() {
                map.remove(&k);
            } else {
                map.insert(k, v);
            }
        }
        Ok(Params(map))
    }

    pub(crate) fn get(&self, k: &str) -> Option<&str> {
        self.0.get(k).map(String::as_str)
    }

    /// A positive integer parameter at most `max`, else `default`.
    pub(crate) fn usize(&self, k: &str, default: usize, max: usize) -> Result<usize, Error> {
        match self.get(k) {
            None => Ok(default),
            Some(v) => match v.parse::<usize>() {
                Ok(n) if (1..=max).contains(&n) => Ok(n),
                _ => Err(Error::BadRequest(format!(
                    "'{k}' must be an integer from 1 to {max}, not '{v}'"
                ))),
            },
        }
    }

    /// The store filter the parameters describe.
    pub(crate) fn filter(&self) -> Result<Filter, Error> {
        let code = |k: &str, min: usize, max: usize| -> Result<Option<String>, Error> {
            match self.get(k) {
                None => Ok(None),
                Some(v)
                    if (min..=max).contains(&v.len())
                        && v.bytes().all(|b| b.is_ascii_alphanumeric()) =>
                {
                    Ok(Some(v.to_ascii_uppercase()))
                }
                Some(v) => Err(Error::BadRequest(format!(
                    "'{k}' must be {min} to {max} letters or digits, not '{v}'"
                ))),
            }
        };
        let digits = |k: &str, min: usize, max: usize| -> Result<Option<String>, Error> {
            match self.get(k) {
                None => Ok(None),
                Some(v)
                    if (min..=max).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_digit()) =>
                {
                    Ok(Some(v.to_string()))
                }
                Some(v) => Err(Error::BadRequest(format!(
                    "'{k}' must be {min} to {max} digits, not '{v}'"
                ))),
            }
        };
        let date = |k: &str| -> Result<Option<Date>, Error> {
            self.get(k)
                .map(|v| {
                    Date::parse(v).map_err(|e| {
                        Error::BadRequest(format!("'{k}' must be a date YYYY-MM-DD: {e}"))
                    })
                })
                .transpose()
        };
        let quad_class = match self.get("quad") {
            None => None,
            Some(v) => match v.parse::<u8>() {
                Ok(q) if (1..=4).contains(&q) => Some(q),
                _ => {
                    return Err(Error::BadRequest(format!(
                        "'quad' must be a QuadClass 1-4, not '{v}'"
                    )))
                }
            },
        };
        let root = digits("root", 1, 2)?;
        if let Some(r) = &root {
            if !matches!(r.parse::<u8>(), Ok(1..=20)) {
                return Err(Error::BadRequest(format!(
                    "'root' must be a CAMEO root 01-20, not '{r}'"
                )));
            }
        }
        let filter = Filter {
            actor: code("actor", 1, 30)?,
            source: code("source", 1, 30)?,
            target: code("target", 1, 30)?,
            country: code("country", 3, 3)?,
            cameo: digits("code", 2, 4)?,
            root,
            plover: self.get("plover").map(str::to_string),
            quad_class,
            from: date("from")?,
            to: date("to")?,
            place_country: code("place", 3, 3)?,
            text: self.get("q").map(str::to_string),
            doc_id: self.get("doc").map(str::to_string),
            ..Default::default()
        };
        if let (Some(f), Some(t)) = (filter.from, filter.to) {
            if f > t {
                return Err(Error::BadRequest(format!(
                    "'from' ({f}) is after 'to' ({t})"
                )));
            }
        }
        Ok(filter)
    }
}
