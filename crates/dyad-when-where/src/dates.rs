//! Date expressions in news prose, resolved against the article date.
//!
//! Works on the lower-case tokens of one sentence. Each expression found carries its token
//! range, so the coder can attach the one nearest to an event's trigger.

use dyad_model::{Date, DatePrecision};

/// A resolved date expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateExpr {
    /// First token (index into the sentence's tokens).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The date (first day of the week, month or year for those precisions).
    pub date: Date,
    /// How precise.
    pub precision: DatePrecision,
}

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn month_of(w: &str) -> Option<u8> {
    let w = w.trim_end_matches('.');
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

fn day_of(w: &str) -> Option<u8> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_of(w: &str) -> Option<i32> {
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

fn monday_of(d: Date) -> Date {
    d.add_days(-i64::from(d.weekday()))
}

fn first_of_month(d: Date) -> Date {
    Date { day: 1, ..d }
}

fn month_shift(d: Date, delta: i32) -> Date {
    let m0 = d.year * 12 + i32::from(d.month) - 1 + delta;
    Date {
        year: m0.div_euclid(12),
        month: (m0.rem_euclid(12) + 1) as u8,
        day: 1,
    }
}

/// The most recent date on or before `doc` with this month and day; the year is `doc`'s unless
/// that puts it more than a week after the article.
fn recent(doc: Date, month: u8, day: u8) -> Option<Date> {
    let this = Date::new(doc.year, month, day);
    match this {
        Some(d) if d.to_days() <= doc.to_days() + 7 => Some(d),
        _ => Date::new(doc.year - 1, month, day),
    }
}

/// Find and resolve the date expressions of one sentence. Relative expressions need `doc`;
/// without it only absolute dates ("March 15, 2021", "2021-03-15") are found.
pub fn find_dates(lower: &[&str], doc: Option<Date>) -> Vec<DateExpr> {
    let n = lower.len();
    let mut out = Vec::new();
    let mut i = 0;
    let at = |k: usize| lower.get(k).copied().unwrap_or("");
    while i < n {
        let w = lower[i];
        let mut found: Option<(usize, Date, DatePrecision)> = None; // (end, date, precision)
                                                                    // ISO 2021-03-15
        if w.len() == 10 && w.as_bytes()[4] == b'-' && w.as_bytes()[7] == b'-' {
            if let Ok(d) = Date::parse(w) {
                found = Some((i + 1, d, DatePrecision::Day));
            }
        }
        // March 15, 2021 / March 15 / March 2021 / in March
        if found.is_none() {
            if let Some(m) = month_of(w) {
                // "may" is also a modal: only as a month next to a day or year, or after "in".
                let next_day = day_of(at(i + 1));
                if let Some(d) = next_day {
                    let (end, year) = match (at(i + 2), year_of(at(i + 3)), year_of(at(i + 2))) {
                        (",", Some(y), _) => (i + 4, Some(y)),
                        (_, _, Some(y)) => (i + 3, Some(y)),
                        _ => (i + 2, None),
                    };
                    let date = match (year, doc) {
                        (Some(y), _) => Date::new(y, m, d),
                        (None, Some(doc)) => recent(doc, m, d),
                        (None, None) => None,
                    };
                    if let Some(date) = date {
                        found = Some((end, date, DatePrecision::Day));
                    }
                } else if let Some(y) = year_of(at(i + 1)) {
                    found = Date::new(y, m, 1).map(|d| (i + 2, d, DatePrecision::Month));
                } else if i > 0
                    && matches!(
                        at(i - 1),
                        "in" | "since" | "during" | "early" | "mid" | "late" | "until"
                    )
                    && (w != "may" || at(i + 1) != "be")
                {
                    if let Some(doc) = doc {
                        let this = Date {
                            year: doc.year,
                            month: m,
                            day: 1,
                        };
                        let d = if this > doc {
                            Date {
                                year: doc.year - 1,
                                ..this
                            }
                        } else {
                            this
                        };
                        found = Some((i + 1, d, DatePrecision::Month));
                    }
                }
            }
        }
        // 15 March 2021 / 15 March
        if found.is_none() {
            if let (Some(d), Some(m)) = (day_of(w), month_of(at(i + 1))) {
                let (end, date) = match (year_of(at(i + 2)), doc) {
                    (Some(y), _) => (i + 3, Date::new(y, m, d)),
                    (None, Some(doc)) => (i + 2, recent(doc, m, d)),
                    (None, None) => (i + 2, None),
                };
                if let Some(date) = date {
                    found = Some((end, date, DatePrecision::Day));
                }
            }
        }
        // in 2019
        if found.is_none() && i > 0 && matches!(at(i - 1), "in" | "since" | "during") {
            if let Some(y) = year_of(w) {
                found = Date::new(y, 1, 1).map(|d| (i + 1, d, DatePrecision::Year));
            }
        }
        if let (None, Some(doc)) = (found, doc) {
            found = relative(lower, i, doc);
        }
        match found {
            Some((end, date, precision)) => {
                out.push(DateExpr {
                    start: i,
                    end,
                    date,
                    precision,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

fn relative(lower: &[&str], i: usize, doc: Date) -> Option<(usize, Date, DatePrecision)> {
    let at = |k: usize| lower.get(k).copied().unwrap_or("");
    let w = lower[i];
    if let Some(wd) = WEEKDAYS.iter().position(|d| *d == w) {
        // "Thursday", "last Thursday": the most recent one on or before the article date;
        // "next Thursday": the first after it.
        let back = (i64::from(doc.weekday()) - wd as i64).rem_euclid(7);
        let date = if i > 0 && at(i - 1) == "next" {
            doc.add_days((wd as i64 - i64::from(doc.weekday())).rem_euclid(7).max(1))
        } else {
            doc.add_days(-back)
        };
        let mut end = i + 1;
        if matches!(at(end), "night" | "morning" | "afternoon" | "evening") {
            end += 1;
        }
        return Some((end, date, DatePrecision::Day));
    }
    match (w, at(i + 1), at(i + 2)) {
        ("yesterday", ..) => Some((i + 1, doc.add_days(-1), DatePrecision::Day)),
        ("today" | "tonight", ..) => Some((i + 1, doc, DatePrecision::Day)),
        ("tomorrow", ..) => Some((i + 1, doc.add_days(1), DatePrecision::Day)),
        ("earlier" | "later", "this", "week") | ("this", "week", _) => Some((
            i + if w == "this" { 2 } else { 3 },
            monday_of(doc),
            DatePrecision::Week,
        )),
        ("last" | "past", "week", _) => {
            Some((i + 2, monday_of(doc).add_days(-7), DatePrecision::Week))
        }
        ("next", "week", _) => Some((i + 2, monday_of(doc).add_days(7), DatePrecision::Week)),
        ("earlier" | "later", "this", "month") | ("this", "month", _) => Some((
            i + if w == "this" { 2 } else { 3 },
            first_of_month(doc),
            DatePrecision::Month,
        )),
        ("last", "month", _) => Some((i + 2, month_shift(doc, -1), DatePrecision::Month)),
        ("next", "month", _) => Some((i + 2, month_shift(doc, 1), DatePrecision::Month)),
        ("earlier" | "later", "this", "year") | ("this", "year", _) => Some((
            i + if w == "this" { 2 } else { 3 },
            Date {
                year: doc.year,
                month: 1,
                day: 1,
            },
            DatePrecision::Year,
        )),
        ("last", "year", _) => Some((
            i + 2,
            Date {
                year: doc.year - 1,
                month: 1,
                day: 1,
            },
            DatePrecision::Year,
        )),
        ("next", "year", _) => Some((
            i + 2,
            Date {
                year: doc.year + 1,
                month: 1,
                day: 1,
            },
            DatePrecision::Year,
        )),
        (n, unit, "ago") => {
            let k: i64 = match n {
                "a" | "one" => 1,
                "two" => 2,
                "three" => 3,
                "four" => 4,
                "five" => 5,
                "six" => 6,
                "seven" => 7,
                "several" | "few" => return None,
                x => x.parse().ok()?,
            };
            match unit.trim_end_matches('s') {
                "day" => Some((i + 3, doc.add_days(-k), DatePrecision::Day)),
                "week" => Some((i + 3, monday_of(doc.add_days(-7 * k)), DatePrecision::Week)),
                "month" => Some((i + 3, month_shift(doc, -(k as i32)), DatePrecision::Month)),
                "year" => Some((
                    i + 3,
                    Date {
                        year: doc.year - k as i32,
                        month: 1,
                        day: 1,
                    },
                    DatePrecision::Year,
                )),
                _ => None,
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str, doc: &str) -> Option<(String, DatePrecision)> {
        let lower: Vec<String> = text
            .replace(',', " , ")
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let refs: Vec<&str> = lower.iter().map(String::as_str).collect();
        find_dates(&refs, Date::parse(doc).ok())
            .first()
            .map(|e| (e.date.to_string(), e.precision))
    }

    #[test]
    fn table() {
        use DatePrecision::*;
        type Case<'a> = (&'a str, &'a str, Option<(&'a str, DatePrecision)>);
        let cases: &[Case] = &[
            // 2021-04-02 is a Friday.
            ("on Thursday", "2021-04-02", Some(("2021-04-01", Day))),
            ("On Tuesday night", "2021-04-02", Some(("2021-03-30", Day))),
            ("on Friday", "2021-04-02", Some(("2021-04-02", Day))),
            ("on Saturday", "2021-04-02", Some(("2021-03-27", Day))),
            ("next Monday", "2021-04-02", Some(("2021-04-05", Day))),
            ("yesterday", "2021-03-01", Some(("2021-02-28", Day))),
            ("yesterday", "2024-03-01", Some(("2024-02-29", Day))),
            ("yesterday", "2021-01-01", Some(("2020-12-31", Day))),
            ("this week", "2021-04-02", Some(("2021-03-29", Week))),
            ("last week", "2021-04-02", Some(("2021-03-22", Week))),
            ("last week", "2021-01-03", Some(("2020-12-21", Week))),
            (
                "earlier this month",
                "2021-04-02",
                Some(("2021-04-01", Month)),
            ),
            ("last month", "2021-01-15", Some(("2020-12-01", Month))),
            ("next month", "2021-12-15", Some(("2022-01-01", Month))),
            ("last year", "2021-04-02", Some(("2020-01-01", Year))),
            ("March 15, 2021", "2021-04-02", Some(("2021-03-15", Day))),
            ("15 March 2021", "2021-04-02", Some(("2021-03-15", Day))),
            ("March 15", "2021-04-02", Some(("2021-03-15", Day))),
            ("Dec. 30", "2021-01-02", Some(("2020-12-30", Day))),
            ("Feb 29", "2024-03-10", Some(("2024-02-29", Day))),
            ("Feb 29", "2025-03-10", Some(("2024-02-29", Day))),
            ("Feb 29, 2025", "2025-03-10", None),
            ("2021-03-15", "2021-04-02", Some(("2021-03-15", Day))),
            ("in March", "2021-04-02", Some(("2021-03-01", Month))),
            ("in May", "2021-04-02", Some(("2020-05-01", Month))),
            ("in 2019", "2021-04-02", Some(("2019-01-01", Year))),
            ("three days ago", "2021-03-02", Some(("2021-02-27", Day))),
            ("it may be", "2021-04-02", None),
            // A month and day without a year is the most recent one: news reports the past.
            ("May 1", "2021-04-02", Some(("2020-05-01", Day))),
            ("March 30", "2021-04-02", Some(("2021-03-30", Day))),
        ];
        for (text, doc, want) in cases {
            let got = one(text, doc);
            assert_eq!(got, want.map(|(d, p)| (d.to_string(), p)), "{text} @ {doc}");
        }
    }

    #[test]
    fn without_a_document_date_only_absolute_dates() {
        let lower = ["on", "thursday", "and", "march", "15", ",", "2021"];
        let got = find_dates(&lower, None);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].date.to_string(), "2021-03-15");
    }
}
