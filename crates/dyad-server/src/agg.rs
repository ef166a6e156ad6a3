//! Aggregations for the dashboard: events per period (timeline) and per source-target pair per
//! period (dyads).

use crate::Error;
use dyad::Date;
use dyad_store::{Filter, Store};
use serde::Serialize;
use std::collections::BTreeMap;

/// The length of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Interval {
    Day,
    Week,
    Month,
}

impl Interval {
    pub(crate) fn parse(s: Option<&str>) -> Result<Interval, Error> {
        match s.unwrap_or("month") {
            "day" => Ok(Interval::Day),
            "week" => Ok(Interval::Week),
            "month" => Ok(Interval::Month),
            other => Err(Error::BadRequest(format!(
                "'interval' must be day, week or month, not '{other}'"
            ))),
        }
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Interval::Day => "day",
            Interval::Week => "week",
            Interval::Month => "month",
        }
    }

    /// The first day (days since 1970-01-01) of the period that holds `day`.
    fn start(self, day: i64) -> i64 {
        match self {
            Interval::Day => day,
            Interval::Week => {
                let d = Date::from_days(day);
                day - i64::from(d.weekday())
            }
            Interval::Month => {
                let s = Date::from_days(day).to_string();
                Date::parse(&format!("{}-01", &s[..7])).map_or(day, Date::to_days)
            }
        }
    }

    /// The first day of the period after the one starting at `start`.
    fn next(self, start: i64) -> i64 {
        match self {
            Interval::Day => start + 1,
            Interval::Week => start + 7,
            Interval::Month => self.start(start + 31),
        }
    }

    /// The period's label: `2021-04-02` (day), `2021-03-29` (the Monday of a week), `2021-04`.
    fn label(self, start: i64) -> String {
        let s = Date::from_days(start).to_string();
        match self {
            Interval::Month => s[..7].to_string(),
            _ => s,
        }
    }
}

/// What the aggregations need of an event.
struct Row {
    day: i64,
    source: Option<String>,
    target: Option<String>,
    quad: u8,
    goldstein: f64,
}

/// The events a filter matches, with a date. Without filters other than dates the store's
/// columns are read directly (fast on large stores); otherwise through [`Store::query`].
fn rows(store: &Store, filter: &Filter) -> Result<Vec<Row>, Error> {
    let dates_only = Filter {
        from: None,
        to: None,
        ..filter.clone()
    } == Filter::default();
    if dates_only {
        let mut sql = String::from(
            "SELECT day, source_code, target_code, quad_class, goldstein FROM events \
             WHERE day IS NOT NULL",
        );
        let mut params: Vec<i64> = Vec::new();
        if let Some(f) = filter.from {
            params.push(f.to_days());
            sql.push_str(&format!(" AND day >= ?{}", params.len()));
        }
        if let Some(t) = filter.to {
            params.push(t.to_days());
            sql.push_str(&format!(" AND day <= ?{}", params.len()));
        }
        let conn = store.connection();
        let mut stmt = conn.prepare(&sql).map_err(dyad_store::Error::from)?;
        let out = stmt
            .query_map(rusqlite::params_from_iter(params.iter()), |r| {
                Ok(Row {
                    day: r.get(0)?,
                    source: r.get(1)?,
                    target: r.get(2)?,
                    quad: r.get(3)?,
                    goldstein: r.get(4)?,
                })
            })
            .map_err(dyad_store::Error::from)?
            .collect::<Result<Vec<_>, _>>()
            .map_err(dyad_store::Error::from)?;
        return Ok(out);
    }
    Ok(store
        .query(filter)?
        .into_iter()
        .filter_map(|e| {
            let r = e.record;
            let date = r.date.as_deref().or(r.doc_date.as_deref())?;
            let day = Date::parse(date.get(..10).unwrap_or(date)).ok()?.to_days();
            Some(Row {
                day,
                source: r.source.map(|a| a.code),
                target: r.target.map(|a| a.code),
                quad: r.cameo.quad_class,
                goldstein: f64::from(r.cameo.goldstein),
            })
        })
        .collect())
}

/// Round to 3 decimals (means read better).
fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// One period of the timeline.
#[derive(Serialize)]
pub(crate) struct TimelinePeriod {
    period: String,
    start: String,
    count: u64,
    /// Events of QuadClass 1, 2, 3, 4.
    quad_class: [u64; 4],
    mean_goldstein: Option<f64>,
}

/// Events per period, every period between the first and the last (empty ones with zero).
pub(crate) fn timeline(
    store: &Store,
    filter: &Filter,
    iv: Interval,
) -> Result<Vec<TimelinePeriod>, Error> {
    let mut by: BTreeMap<i64, ([u64; 4], f64)> = BTreeMap::new();
    for r in rows(store, filter)? {
        let e = by.entry(iv.start(r.day)).or_default();
        if (1..=4).contains(&r.quad) {
            e.0[usize::from(r.quad - 1)] += 1;
        }
        e.1 += r.goldstein;
    }
    let (Some(&first), Some(&last)) = (by.keys().next(), by.keys().next_back()) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    let mut p = first;
    while p <= last && out.len() < 100_000 {
        let (quads, sum) = by.get(&p).copied().unwrap_or_default();
        let count: u64 = quads.iter().sum();
        out.push(TimelinePeriod {
            period: iv.label(p),
            start: Date::from_days(p).to_string(),
            count,
            quad_class: quads,
            mean_goldstein: (count > 0).then(|| round3(sum / count as f64)),
        });
        p = iv.next(p);
    }
    Ok(out)
}

/// One source-target pair in one period.
#[derive(Serialize)]
pub(crate) struct DyadPeriod {
    period: String,
    source: String,
    target: String,
    count: u64,
    mean_goldstein: f64,
}

/// Events per (period, source, target), by period then most events first; events without a
/// source or a target are left out.
pub(crate) fn dyads(
    store: &Store,
    filter: &Filter,
    iv: Interval,
) -> Result<Vec<DyadPeriod>, Error> {
    let mut by: BTreeMap<(i64, String, String), (u64, f64)> = BTreeMap::new();
    for r in rows(store, filter)? {
        let (Some(s), Some(t)) = (r.source, r.target) else {
            continue;
        };
        let e = by.entry((iv.start(r.day), s, t)).or_default();
        e.0 += 1;
        e.1 += r.goldstein;
    }
    let mut out: Vec<(i64, DyadPeriod)> = by
        .into_iter()
        .map(|((p, source, target), (count, sum))| {
            (
                p,
                DyadPeriod {
                    period: iv.label(p),
                    source,
                    target,
                    count,
                    mean_goldstein: round3(sum / count as f64),
                },
            )
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.count.cmp(&a.1.count)));
    Ok(out.into_iter().map(|(_, d)| d).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods() {
        let d = |s: &str| Date::parse(s).unwrap().to_days();
        // 2021-04-02 was a Friday.
        assert_eq!(
            Interval::Week.label(Interval::Week.start(d("2021-04-02"))),
            "2021-03-29"
        );
        assert_eq!(
            Interval::Month.label(Interval::Month.start(d("2021-04-30"))),
            "2021-04"
        );
        assert_eq!(Interval::Month.next(d("2021-01-01")), d("2021-02-01"));
        assert_eq!(Interval::Month.next(d("2021-12-01")), d("2022-01-01"));
        assert_eq!(Interval::Day.label(d("2021-04-02")), "2021-04-02");
        assert!(Interval::parse(Some("year")).is_err());
    }
}
