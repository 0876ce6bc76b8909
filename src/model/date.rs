//! Calendar dates and publication times as written in content files (ISO 8601) and as shown
//! to readers (the Vietnamese way: "Thứ Sáu, 11/10/2024", "14:31").
//!
//! Hand-written rather than a date crate: the content needs only the proleptic Gregorian
//! calendar, a weekday and two display formats, and `time` or `chrono` would add kilobytes to
//! the wasm that every reader downloads.

use std::fmt;

/// A calendar date, checked on parsing (month 1–12, day within the month, leap years).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// A publication date and time, read in Vietnam's time zone as the editor wrote it.
///
/// The optional offset (`+07:00`, `Z`) is accepted and checked but not applied: every
/// bulletin is written and read in Hải Phòng, so the wall-clock time is what readers expect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime {
    pub date: Date,
    pub hour: u8,
    pub minute: u8,
}

/// The days of the week, Monday first, as `Date::long_vi` writes them.
pub const WEEKDAYS: [&str; 7] = [
    "Thứ Hai",
    "Thứ Ba",
    "Thứ Tư",
    "Thứ Năm",
    "Thứ Sáu",
    "Thứ Bảy",
    "Chủ nhật",
];

/// What an editor is told when a date is malformed.
pub const DATE_EXPECTED: &str = "cần ngày dạng NNNN-TT-NN, ví dụ \"2024-10-11\"";
/// What an editor is told when a date and time is malformed.
pub const DATE_TIME_EXPECTED: &str =
    "cần ngày giờ dạng NNNN-TT-NNTgg:pp, ví dụ \"2024-10-11T14:31:00+07:00\"";

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

/// Hours, minutes and seconds.
type Clock = (u32, u32, u32);

/// The date (and time) an editor most likely meant by a date written another way:
/// `15/11/2024`, `15-11-2024`, `15.11.2024`, `2024/11/15`, `2024-11-15 08:30`,
/// `08:30 15/11/2024`, `2024-1-5`. Day first when the year comes last, as Vietnamese write
/// dates. `None` when the numbers do not make a real date.
fn guess(text: &str) -> Option<(Date, Option<Clock>)> {
    // A time zone (`+07:00`, `+7`, `Z`) is not part of the time: Vietnam's is written.
    let text = text.rfind(['+', 'Z']).map_or(text, |i| &text[..i]);
    let groups: Vec<&str> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    let n: Vec<u32> = groups
        .iter()
        .map(|g| g.parse().ok())
        .collect::<Option<_>>()?;
    let is_year = |i: usize| groups.get(i).is_some_and(|g| g.len() == 4);
    // (year, month, day) and the clock's numbers.
    let (ymd, clock): ((u32, u32, u32), &[u32]) = if is_year(0) && n.len() >= 3 {
        ((n[0], n[1], n[2]), &n[3..])
    } else if is_year(2) {
        ((n[2], n[1], n[0]), &n[3..])
    } else if is_year(4) && n.len() == 5 {
        ((n[4], n[3], n[2]), &n[..2])
    } else if is_year(5) && n.len() == 6 {
        ((n[5], n[4], n[3]), &n[..3])
    } else {
        return None;
    };
    let clock = match clock {
        [] => None,
        [h, m] => Some((*h, *m, 0)),
        [h, m, s] => Some((*h, *m, *s)),
        _ => return None,
    };
    if clock.is_some_and(|(h, m, s)| h > 23 || m > 59 || s > 59) {
        return None;
    }
    let date = Date::parse_exact(&format!("{:04}-{:02}-{:02}", ymd.0, ymd.1, ymd.2)).ok()?;
    Some((date, clock))
}

impl Date {
    /// Parses `YYYY-MM-DD`. The error says what was wrong in Vietnamese, and what to write
    /// when the date was written another way.
    pub fn parse(text: &str) -> Result<Date, String> {
        Self::parse_exact(text).map_err(|said| match guess(text) {
            Some((date, None)) => {
                format!(
                    "\"{text}\" không phải là ngày viết đúng dạng: hãy viết \"{}\"",
                    date.iso()
                )
            }
            _ => said,
        })
    }

    fn parse_exact(text: &str) -> Result<Date, String> {
        let parts: Vec<&str> = text.split('-').collect();
        let [y, m, d] = parts.as_slice() else {
            return Err(format!("\"{text}\" không phải là ngày: {DATE_EXPECTED}"));
        };
        let (Some(year), Some(month), Some(day)) = (digits(y), digits(m), digits(d)) else {
            return Err(format!("\"{text}\" không phải là ngày: {DATE_EXPECTED}"));
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(format!("\"{text}\" không phải là ngày: {DATE_EXPECTED}"));
        }
        if !(1900..=2999).contains(&year) {
            return Err(format!("năm {year} nằm ngoài khoảng 1900–2999"));
        }
        let (year, month, day) = (year as u16, month as u8, day as u8);
        if !(1..=12).contains(&month) {
            return Err(format!("\"{text}\": không có tháng {month}"));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(format!(
                "\"{text}\": tháng {month}/{year} không có ngày {day}"
            ));
        }
        Ok(Date { year, month, day })
    }

    /// Days since 1970-01-01 (negative before), by Howard Hinnant's `days_from_civil`.
    fn days_since_epoch(self) -> i64 {
        let (mut y, m, d) = (self.year as i64, self.month as i64, self.day as i64);
        if m <= 2 {
            y -= 1;
        }
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// "Thứ Sáu" for 2024-10-11.
    pub fn weekday(self) -> &'static str {
        // 1970-01-01 was a Thursday, index 3 in WEEKDAYS.
        WEEKDAYS[(self.days_since_epoch() + 3).rem_euclid(7) as usize]
    }

    /// "11/10/2024".
    pub fn short_vi(self) -> String {
        format!("{:02}/{:02}/{}", self.day, self.month, self.year)
    }

    /// "Thứ Sáu, 11/10/2024".
    pub fn long_vi(self) -> String {
        format!("{}, {}", self.weekday(), self.short_vi())
    }

    /// "tháng 10/2024", for issue mastheads.
    pub fn month_vi(self) -> String {
        format!("tháng {}/{}", self.month, self.year)
    }

    /// `2024-10-11`, for `<time datetime>`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl DateTime {
    /// Parses `YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]`. The error says what was wrong in
    /// Vietnamese, and the value to write when the date was written another way.
    pub fn parse(text: &str) -> Result<DateTime, String> {
        Self::parse_exact(text).map_err(|said| match guess(text) {
            Some((date, Some((h, m, s)))) => format!(
                "\"{text}\" không phải là ngày giờ viết đúng dạng: hãy viết \
                 \"{}T{h:02}:{m:02}:{s:02}+07:00\"",
                date.iso()
            ),
            Some((date, None)) => format!(
                "\"{text}\" thiếu giờ đăng: hãy viết \"{}T08:00:00+07:00\", thay 08:00 bằng \
                 giờ đăng bài",
                date.iso()
            ),
            None => said,
        })
    }

    fn parse_exact(text: &str) -> Result<DateTime, String> {
        let bad = || format!("\"{text}\" không phải là ngày giờ: {DATE_TIME_EXPECTED}");
        let (date_part, rest) = text.split_once('T').ok_or_else(bad)?;
        let date = Date::parse_exact(date_part)?;
        // Split off the offset, if any, and check it.
        let (clock, offset) = match rest.find(['Z', '+', '-']) {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, ""),
        };
        if !(offset.is_empty() || offset == "Z" || valid_offset(offset)) {
            return Err(bad());
        }
        let fields: Vec<&str> = clock.split(':').collect();
        if !(fields.len() == 2 || fields.len() == 3) || fields.iter().any(|f| f.len() != 2) {
            return Err(bad());
        }
        let numbers: Option<Vec<u32>> = fields.iter().map(|f| digits(f)).collect();
        let numbers = numbers.ok_or_else(bad)?;
        let (hour, minute, second) = (numbers[0], numbers[1], *numbers.get(2).unwrap_or(&0));
        if hour > 23 || minute > 59 || second > 59 {
            return Err(format!(
                "\"{text}\": giờ {hour:02}:{minute:02} không tồn tại"
            ));
        }
        Ok(DateTime {
            date,
            hour: hour as u8,
            minute: minute as u8,
        })
    }

    /// "14:31".
    pub fn time_vi(self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }

    /// `2024-10-11T14:31`, for `<time datetime>`.
    pub fn iso(self) -> String {
        format!("{}T{:02}:{:02}", self.date.iso(), self.hour, self.minute)
    }

    /// The same moment with its seconds and Vietnam's offset, as formats that need a full
    /// time stamp (a sitemap's `lastmod`) want it: `2024-10-11T14:31:00+07:00`.
    pub fn iso_in_vietnam(self) -> String {
        format!("{}:00+07:00", self.iso())
    }
}

fn valid_offset(offset: &str) -> bool {
    let b = offset.as_bytes();
    b.len() == 6
        && (b[0] == b'+' || b[0] == b'-')
        && b[3] == b':'
        && digits(&offset[1..3]).is_some_and(|h| h <= 14)
        && digits(&offset[4..6]).is_some_and(|m| m <= 59)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl serde::Serialize for DateTime {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl<'de> serde::Deserialize<'de> for DateTime {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        DateTime::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn launch_day_is_a_friday() {
        let d = Date::parse("2024-10-11").unwrap();
        assert_eq!(d.long_vi(), "Thứ Sáu, 11/10/2024");
    }

    #[test]
    fn weekdays_across_years() {
        assert_eq!(Date::parse("1969-09-02").unwrap().weekday(), "Thứ Ba");
        assert_eq!(Date::parse("2000-02-29").unwrap().weekday(), "Thứ Ba");
        assert_eq!(Date::parse("2025-01-05").unwrap().weekday(), "Chủ nhật");
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(Date::parse("2024-02-30")
            .unwrap_err()
            .contains("không có ngày 30"));
        assert!(Date::parse("2023-02-29").is_err());
        assert!(Date::parse("2024-13-01")
            .unwrap_err()
            .contains("không có tháng 13"));
        assert!(Date::parse("11/10/2024")
            .unwrap_err()
            .contains("hãy viết \"2024-10-11\""));
        assert!(Date::parse("2024-1-5").is_err());
        assert!(Date::parse("").is_err());
    }

    #[test]
    fn parses_times_with_and_without_offsets() {
        let t = DateTime::parse("2024-10-11T14:31:00+07:00").unwrap();
        assert_eq!(t.time_vi(), "14:31");
        assert_eq!(t.iso_in_vietnam(), "2024-10-11T14:31:00+07:00");
        assert_eq!(
            DateTime::parse("2024-10-11T09:07").unwrap().time_vi(),
            "09:07"
        );
        assert!(DateTime::parse("2024-10-11T09:07Z").is_ok());
        assert!(DateTime::parse("2024-10-11T24:00").is_err());
        assert!(DateTime::parse("2024-10-11 14:31").is_err());
        assert!(DateTime::parse("2024-10-11T14:31+7").is_err());
    }

    #[test]
    fn dates_written_another_way_get_the_value_to_write() {
        let said = |text: &str| DateTime::parse(text).unwrap_err();
        for (written, meant) in [
            ("2024-11-15 08:30", "\"2024-11-15T08:30:00+07:00\""),
            ("15/11/2024 08:30", "\"2024-11-15T08:30:00+07:00\""),
            ("08:30 15/11/2024", "\"2024-11-15T08:30:00+07:00\""),
            ("8:30:15, 5-1-2025", "\"2025-01-05T08:30:15+07:00\""),
            ("2024-10-11T14:31+7", "\"2024-10-11T14:31:00+07:00\""),
            ("2024/11/15T08:30", "\"2024-11-15T08:30:00+07:00\""),
        ] {
            assert!(
                said(written).contains(&format!("hãy viết {meant}")),
                "{written}: {}",
                said(written)
            );
        }
        let day_only = said("15/11/2024");
        assert!(
            day_only.contains("thiếu giờ đăng: hãy viết \"2024-11-15T08:00:00+07:00\""),
            "{day_only}"
        );
        // No guess for a day that does not exist, nor for what is not a date.
        assert!(said("30/02/2024").contains("NNNN-TT-NNTgg:pp"));
        assert!(said("2024-02-30T08:00").contains("không có ngày 30"));
        assert!(said("hôm qua").contains("NNNN-TT-NNTgg:pp"));
        assert_eq!(
            Date::parse("15/11/2024").unwrap_err(),
            "\"15/11/2024\" không phải là ngày viết đúng dạng: hãy viết \"2024-11-15\""
        );
        assert!(Date::parse("2024-13-01")
            .unwrap_err()
            .contains("không có tháng 13"));
    }
}

/// JSON Schema of dates for editors' tools; `Date::parse` and `DateTime::parse` stay the rule
/// (they also refuse days a month does not have).
mod schema {
    use std::borrow::Cow;

    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

    use super::{Date, DateTime};

    impl JsonSchema for Date {
        fn schema_name() -> Cow<'static, str> {
            "Ngay".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "type": "string",
                "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
                "description": "Ngày dạng năm-tháng-ngày, ví dụ \"2024-10-11\"."
            })
        }
    }

    impl JsonSchema for DateTime {
        fn schema_name() -> Cow<'static, str> {
            "NgayGio".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "type": "string",
                "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-][0-9]{2}:[0-9]{2})?$",
                "description": "Ngày giờ dạng năm-tháng-ngàyTgiờ:phút, ví dụ \"2024-10-11T08:00\" hoặc \"2024-10-11T08:00+07:00\"."
            })
        }
    }
}
