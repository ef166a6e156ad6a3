//! A proleptic-Gregorian calendar date with the little arithmetic the coder needs.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Why a date string was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DateError {
    /// Not `YYYY-MM-DD` or `YYYYMMDD`.
    #[error("date {0:?} is not YYYY-MM-DD or YYYYMMDD")]
    Format(String),
    /// The month or day does not exist.
    #[error("date {0:?} does not exist")]
    OutOfRange(String),
}

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2021.
    pub year: i32,
    /// Month, 1-12.
    pub month: u8,
    /// Day of month, 1-31.
    pub day: u8,
}

/// Whether `year` is a leap year.
pub const fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in a month.
pub const fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date, checked.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        (1..=12)
            .contains(&month)
            .then_some(())
            .filter(|_| day >= 1 && day <= days_in_month(year, month))
            .map(|_| Date { year, month, day })
    }

    /// Parse `YYYY-MM-DD` or `YYYYMMDD`.
    pub fn parse(s: &str) -> Result<Date, DateError> {
        let s = s.trim();
        let digits: String = s.chars().filter(|c| *c != '-').collect();
        let dashed_ok = s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-';
        if digits.len() != 8
            || !digits.bytes().all(|b| b.is_ascii_digit())
            || !(dashed_ok || s.len() == 8)
        {
            return Err(DateError::Format(s.to_string()));
        }
        let year: i32 = digits[0..4]
            .parse()
            .map_err(|_| DateError::Format(s.to_string()))?;
        let month: u8 = digits[4..6]
            .parse()
            .map_err(|_| DateError::Format(s.to_string()))?;
        let day: u8 = digits[6..8]
            .parse()
            .map_err(|_| DateError::Format(s.to_string()))?;
        Date::new(year, month, day).ok_or_else(|| DateError::OutOfRange(s.to_string()))
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let y = yoe + era * 400;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        Date {
            year: (y + i64::from(m <= 2)) as i32,
            month: m,
            day: d,
        }
    }

    /// This date moved by `n` days.
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// Day of week, 0 = Monday ... 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        ((self.to_days() + 3).rem_euclid(7)) as u8
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Date::parse(s)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_both_forms() {
        assert_eq!(
            Date::parse("2021-04-02").unwrap(),
            Date::new(2021, 4, 2).unwrap()
        );
        assert_eq!(
            Date::parse("20210402").unwrap(),
            Date::new(2021, 4, 2).unwrap()
        );
        assert!(Date::parse("2021-02-29").is_err());
        assert!(Date::parse("2020-02-29").is_ok());
        assert!(Date::parse("2021/04/02").is_err());
        assert!(Date::parse("").is_err());
    }

    #[test]
    fn day_arithmetic_round_trips() {
        for (s, wd) in [
            ("2021-04-02", 4),
            ("1970-01-01", 3),
            ("2000-02-29", 1),
            ("2024-12-31", 1),
        ] {
            let d = Date::parse(s).unwrap();
            assert_eq!(Date::from_days(d.to_days()), d, "{s}");
            assert_eq!(d.weekday(), wd, "{s}");
        }
        assert_eq!(
            Date::parse("2020-12-31").unwrap().add_days(1).to_string(),
            "2021-01-01"
        );
        assert_eq!(
            Date::parse("2024-03-01").unwrap().add_days(-1).to_string(),
            "2024-02-29"
        );
    }
}
