//! The PETRARCH / Phoenix dictionary formats, read into dyad's entries.
//!
//! Three kinds of file are read, told apart by their names:
//!
//! - **actors** (`*actors*.txt`, e.g. `Phoenix.Countries.actors.txt`): an entry line
//!   `NAME_WORDS_ [CODE]` (or a bare `NAME_`), `+SYNONYM` lines that add names to the current
//!   entry, and indented code lines `[CODE]`, `[CODE >YYMMDD]`, `[CODE <YYMMDD]`,
//!   `[CODE YYMMDD-YYMMDD]` (dates as `YYMMDD`, years `00`-`30` being 20YY, or `YYYYMMDD`; limits
//!   inclusive, as PETRARCH reads them). Each entry becomes an [`ActorEntry`] with
//!   `kind = "phoenix"` and `phoenix = true`: its default code is the first undated code or,
//!   when every code is dated, the open-ended one that starts last (else the one that ends last);
//!   the dated codes become [`Period`]s. The null code `---` ("not an actor") cannot be said in
//!   dyad, so an entry whose only code is `---` is dropped.
//! - **agents** (`*agents*.txt`): `NAME [~ROLE]`, with `!MACRO! = A, B, C` substitution sets
//!   that expand inside names, `{PLURAL}` or `{}` after the name, and otherwise PETRARCH's
//!   regular plural (`-s`, `-ies`, `-es`). Each role becomes an [`AgentEntry`] with lower-case
//!   names.
//! - **discards** (`*discards*.txt`): one phrase a line; `+PHRASE` discards the whole story in
//!   PETRARCH, which dyad cannot do, so both kinds discard the sentence. They become one
//!   [`DiscardEntry`] with topic `phoenix`.
//!
//! Everywhere `#` and the legacy `;` start a comment, `<!-- ... -->` is a comment (also over
//! several lines), `---STOP---` ends the file, and underscores join words (a trailing `_`, which
//! PETRARCH reads as "whole word", is dropped: dyad matches whole words only). The files may be
//! UTF-8 or cp1252; a line that is not UTF-8 is read as cp1252.
//!
//! **Names.** Phoenix writes names in capitals. dyad reads a name written in capitals only as
//! that exact text ("UN" never matches "un"), so names are rewritten: words of more than three
//! letters get Title Case (`KOFI_ANNAN_` -> "Kofi Annan", `AL-QAEDA` -> "Al-Qaeda",
//! `ST.HELENA` -> "St.Helena"), which matches any text starting with a capital; words of three
//! letters or fewer and abbreviations with dots stay as written (`UN`, `U.N.`, `USA`,
//! "US Army"), so a one-word acronym keeps its exact-case match; a name made only of short words
//! is a name, not an acronym, and gets Title Case throughout (`HUN_SEN_` -> "Hun Sen",
//! `NE_WIN_` -> "Ne Win"); and in a name with a Title Case word the particles *al, el, the, of,
//! and, for, in, on, at, to, de, da, du, del, la, le, van, von, bin, ibn* become lower case, so
//! that "al Qaeda" and "the Hague" also match in lower case. A name with no letter ("313") or
//! with a stray bracket is skipped with a warning. A name (or agent noun) that dyad's
//! dictionaries already hold, in any case, is skipped: dyad's own entry is the richer one, and a
//! Phoenix actor named "Afghanistan" would otherwise shadow dyad's country.
//!
//! **Errors and warnings.** A line whose structure cannot be read is an error naming the file
//! and the line: a code or synonym before any entry, an unclosed `[` or `{`, an empty code, a
//! date restriction that is not digits (`[AFG >abc]`, `[AFG 2004-01-07]`), a malformed or
//! unknown `!MACRO!`, a code on a discard line. The published Phoenix files contain some defects
//! that PETRARCH itself logs and skips; these are skipped the same way and reported as
//! [`PhoenixWarning`]s in the returned [`PhoenixReport`], so that the real files load: a date of
//! the wrong length (`2004017`, `9008223`, `1920030320`) or not on the calendar, a range that
//! ends before it starts, a code dyad cannot use (digits, not a multiple of three letters), an
//! agent line with no code, an agent code closed with `}`, a prefix agent code (`[IGO~]`), and
//! text on an indented code line before the code. A bare date (`[USAGOV 19820101]`) is read as
//! a start date, with a warning.

use crate::format::{ActorEntry, AgentEntry, Dictionaries, DiscardEntry, Period};
use crate::DictError;
use dyad_model::Date;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// Which Phoenix dictionary a file holds, by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PhoenixKind {
    /// `*actors*.txt`
    Actors,
    /// `*agents*.txt`
    Agents,
    /// `*discards*.txt`
    Discards,
}

impl PhoenixKind {
    /// The kind a file name says (`*actors*.txt`, `*agents*.txt`, `*discards*.txt`, any case).
    pub fn from_file_name(name: &str) -> Option<PhoenixKind> {
        let lower = name.to_ascii_lowercase();
        if !lower.ends_with(".txt") {
            None
        } else if lower.contains("actors") {
            Some(PhoenixKind::Actors)
        } else if lower.contains("agents") {
            Some(PhoenixKind::Agents)
        } else if lower.contains("discards") {
            Some(PhoenixKind::Discards)
        } else {
            None
        }
    }
}

impl fmt::Display for PhoenixKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PhoenixKind::Actors => "actors",
            PhoenixKind::Agents => "agents",
            PhoenixKind::Discards => "discards",
        })
    }
}

/// A part of a Phoenix file that was skipped; the rest of the file loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoenixWarning {
    /// The file.
    pub path: PathBuf,
    /// The line, from 1.
    pub line: usize,
    /// What was skipped and why.
    pub message: String,
}

impl fmt::Display for PhoenixWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: line {}: {}",
            self.path.display(),
            self.line,
            self.message
        )
    }
}

/// What one Phoenix file added to the dictionaries.
#[derive(Debug, Clone)]
pub struct PhoenixReport {
    /// The file.
    pub path: PathBuf,
    /// Its kind.
    pub kind: PhoenixKind,
    /// Records read: actor entries, agent lines, discard lines.
    pub read: usize,
    /// Entries added: actors, agent roles (new or extended), discard entries.
    pub entries: usize,
    /// Names (actors, agents, with expansions and plurals) or phrases (discards) added.
    pub names: usize,
    /// Date-restricted codes kept as periods (actors).
    pub periods: usize,
    /// Names skipped because dyad's dictionaries (or an earlier Phoenix line) already hold them.
    pub known: usize,
    /// Records that added nothing: actor entries with only the null code `---`, with no code,
    /// or with no new name; agent and discard lines whose every name was known.
    pub dropped: usize,
    /// What was skipped, by line.
    pub warnings: Vec<PhoenixWarning>,
}

impl PhoenixReport {
    fn new(path: &Path, kind: PhoenixKind) -> PhoenixReport {
        PhoenixReport {
            path: path.to_path_buf(),
            kind,
            read: 0,
            entries: 0,
            names: 0,
            periods: 0,
            known: 0,
            dropped: 0,
            warnings: Vec::new(),
        }
    }
    fn warn(&mut self, line: usize, message: impl Into<String>) {
        self.warnings.push(PhoenixWarning {
            path: self.path.clone(),
            line,
            message: message.into(),
        });
    }
}

/// Read the Phoenix dictionary at `path` (its kind decided by its file name) and add its
/// entries to `d`. Errors name the file and, for malformed lines, the line; what PETRARCH
/// itself would skip is skipped and listed in the report's warnings.
pub fn add_phoenix_file(d: &mut Dictionaries, path: &Path) -> Result<PhoenixReport, DictError> {
    add_file_known(d, path, &mut None)
}

/// Add the Phoenix dictionaries in `dir`: the files whose names start with `Phoenix.` and say a
/// kind (`Phoenix.Countries.actors.txt`, `Phoenix.agents.txt`, `Phoenix.discards.txt` ...), in
/// name order. Other files (`CAMEO.2.0.txt`, `PETR.*.txt`, `Phoenix.IssueCoding.txt`) are left
/// alone. Returns one report per file read (none when the folder has no such file).
pub fn add_phoenix_dir(d: &mut Dictionaries, dir: &Path) -> Result<Vec<PhoenixReport>, DictError> {
    let io = |source| DictError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with("Phoenix.")
            && PhoenixKind::from_file_name(&name).is_some()
            && entry.path().is_file()
        {
            files.push(entry.path());
        }
    }
    files.sort();
    // The names already known are gathered once for all the files.
    let mut known = None;
    files
        .iter()
        .map(|p| add_file_known(d, p, &mut known))
        .collect()
}

/// Add the text of a Phoenix dictionary of `kind`; `path` names it in errors and warnings.
pub fn add_phoenix_text(
    d: &mut Dictionaries,
    kind: PhoenixKind,
    path: &Path,
    text: &str,
) -> Result<PhoenixReport, DictError> {
    add_text_known(d, kind, path, text, &mut None)
}

fn add_file_known(
    d: &mut Dictionaries,
    path: &Path,
    known: &mut Option<HashSet<String>>,
) -> Result<PhoenixReport, DictError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let Some(kind) = PhoenixKind::from_file_name(&name) else {
        return Err(DictError::Parse {
            path: path.to_path_buf(),
            message: format!(
                "not a Phoenix dictionary file name {name:?} (expected *actors*.txt, *agents*.txt or *discards*.txt)"
            ),
        });
    };
    let text = read_text(path)?;
    add_text_known(d, kind, path, &text, known)
}

/// `known`, when given, holds every name of `d` in lookup form and is kept up to date.
fn add_text_known(
    d: &mut Dictionaries,
    kind: PhoenixKind,
    path: &Path,
    text: &str,
    known: &mut Option<HashSet<String>>,
) -> Result<PhoenixReport, DictError> {
    let mut report = PhoenixReport::new(path, kind);
    let lines = content_lines(text);
    if kind == PhoenixKind::Discards {
        read_discards(d, &lines, &mut report)?;
        return Ok(report);
    }
    let known = known.get_or_insert_with(|| known_names(d));
    match kind {
        PhoenixKind::Actors => read_actors(d, &lines, known, &mut report)?,
        _ => read_agents(d, &lines, known, &mut report)?,
    }
    Ok(report)
}

// ---------------------------------------------------------------------------------------------
// Text

/// The file's text: UTF-8, or cp1252 for lines that are not UTF-8.
fn read_text(path: &Path) -> Result<String, DictError> {
    let bytes = std::fs::read(path).map_err(|source| DictError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(decode(bytes))
}

fn decode(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let bytes = e.into_bytes();
            let mut out = String::with_capacity(bytes.len() + bytes.len() / 8);
            for line in bytes.split_inclusive(|&b| b == b'\n') {
                match std::str::from_utf8(line) {
                    Ok(s) => out.push_str(s),
                    Err(_) => out.extend(line.iter().map(|&b| cp1252(b))),
                }
            }
            out
        }
    }
}

/// A cp1252 byte as a char (the five bytes cp1252 leaves undefined map to U+FFFD).
fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{FFFD}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{FFFD}', 'Ž',
        '\u{FFFD}', '\u{FFFD}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ',
        '\u{FFFD}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// One line with its comments removed.
struct Line {
    /// 1-based.
    n: usize,
    /// Whether the line starts with white space (an actors code line).
    indented: bool,
    /// The content, trimmed; never empty.
    text: String,
}

/// The lines that hold something, without comments (`#`, `;`, `<!-- -->`), up to `---STOP---`.
fn content_lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut in_block = false;
    for (i, raw) in text.lines().enumerate() {
        if raw.contains("---STOP---") {
            break;
        }
        let mut rest = raw;
        let mut kept = String::new();
        loop {
            if in_block {
                match rest.find("-->") {
                    Some(e) => {
                        rest = &rest[e + 3..];
                        in_block = false;
                    }
                    None => break,
                }
            }
            match rest.find("<!--") {
                Some(s) => {
                    kept.push_str(&rest[..s]);
                    rest = &rest[s + 4..];
                    in_block = true;
                }
                None => {
                    kept.push_str(rest);
                    break;
                }
            }
        }
        let cut = kept.find(['#', ';']).unwrap_or(kept.len());
        let content = kept[..cut].trim();
        if content.is_empty() {
            continue;
        }
        out.push(Line {
            n: i + 1,
            indented: raw.starts_with([' ', '\t']),
            text: content.to_string(),
        });
    }
    out
}

fn parse_error(path: &Path, line: usize, message: impl fmt::Display) -> DictError {
    DictError::Parse {
        path: path.to_path_buf(),
        message: format!("line {line}: {message}"),
    }
}

/// The lookup form of a name: lower case, single spaces.
fn key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Every name `d` already matches, in lookup form.
fn known_names(d: &Dictionaries) -> HashSet<String> {
    let mut known = HashSet::new();
    for a in &d.actors {
        known.extend(a.names.iter().map(|n| key(n)));
    }
    for c in &d.countries {
        known.insert(key(&c.name));
        for n in c.names.iter().chain(&c.adjectives).chain(&c.capitals) {
            known.insert(key(n));
        }
    }
    for a in &d.agents {
        known.extend(a.names.iter().map(|n| key(n)));
    }
    known
}

/// Underscores to spaces, single spaces, trimmed (which drops a trailing `_`).
fn words(raw: &str) -> String {
    raw.replace('_', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Particles that stay lower case in a name with a Title Case word.
const PARTICLES: &[&str] = &[
    "al", "el", "the", "of", "and", "for", "in", "on", "at", "to", "de", "da", "du", "del", "la",
    "le", "van", "von", "bin", "ibn",
];

/// A Phoenix (capitals) name in the form dyad matches: see the module documentation.
fn matching_form(name: &str) -> String {
    let letters = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count();
    // "U.S.", "U.N.", "D.C.", "EE.UU.": dots between parts of one or two letters.
    let abbreviation = |w: &str| w.contains('.') && w.split('.').all(|p| letters(p) <= 2);
    let long = |w: &str| letters(w) > 3 && !abbreviation(w);
    // A name of several short words ("HUN SEN", "NE WIN", "POL POT") is a name, not an
    // acronym: all its words but abbreviations get Title Case.
    let short_words =
        !name.split(' ').any(long) && name.split(' ').filter(|w| letters(w) > 0).count() > 1;
    let titled = |w: &str| long(w) || (short_words && letters(w) > 0 && !abbreviation(w));
    let any_title = name.split(' ').any(titled);
    name.split(' ')
        .map(|w| {
            if any_title && PARTICLES.contains(&w.to_lowercase().as_str()) {
                w.to_lowercase()
            } else if titled(w) {
                title_case(w)
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Each part between hyphens or dots with its first letter upper case and the others lower
/// case.
fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut first = true;
    for c in word.chars() {
        if c == '-' || c == '.' {
            first = true;
            out.push(c);
        } else if c.is_alphabetic() {
            if first {
                out.extend(c.to_uppercase());
                first = false;
            } else {
                out.extend(c.to_lowercase());
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Actor and role codes as dyad takes them: upper-case letters, a multiple of three.
fn usable_code(code: &str) -> bool {
    !code.is_empty() && code.len().is_multiple_of(3) && code.bytes().all(|b| b.is_ascii_uppercase())
}

// ---------------------------------------------------------------------------------------------
// Actors

/// When a code applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    Always,
    From(Date),
    Until(Date),
    Between(Date, Date),
}

/// A code read from a bracket.
struct Code {
    code: String,
    when: When,
}

/// An entry being read.
struct RawEntry {
    line: usize,
    names: Vec<(usize, String)>,
    codes: Vec<Code>,
}

fn read_actors(
    d: &mut Dictionaries,
    lines: &[Line],
    known: &mut HashSet<String>,
    report: &mut PhoenixReport,
) -> Result<(), DictError> {
    let path = report.path.clone();
    let label = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut current: Option<RawEntry> = None;
    for line in lines {
        let n = line.n;
        let (head, brackets) = split_brackets(&line.text).map_err(|m| parse_error(&path, n, m))?;
        let synonym = head.starts_with('+');
        if line.indented && !synonym {
            // A code line: `\t[CODE ...]`.
            let Some(entry) = current.as_mut() else {
                return Err(parse_error(&path, n, "a code before any actor entry"));
            };
            if brackets.is_empty() {
                return Err(parse_error(
                    &path,
                    n,
                    format!("an indented line must hold a [CODE], found {:?}", line.text),
                ));
            }
            if !head.is_empty() {
                report.warn(
                    n,
                    format!("text before the code on an indented line ignored: {head:?}"),
                );
            }
            for b in &brackets {
                if let Some(c) = parse_code(b, n, &path, report)? {
                    entry.codes.push(c);
                }
            }
        } else if synonym {
            let Some(entry) = current.as_mut() else {
                return Err(parse_error(&path, n, "a +synonym before any actor entry"));
            };
            entry.names.push((n, head[1..].to_string()));
            for b in &brackets {
                if let Some(c) = parse_code(b, n, &path, report)? {
                    entry.codes.push(c);
                }
            }
        } else {
            if head.is_empty() {
                return Err(parse_error(&path, n, "a code without an actor name"));
            }
            if let Some(done) = current.take() {
                finish_actor(d, done, &label, known, report);
            }
            report.read += 1;
            let mut entry = RawEntry {
                line: n,
                names: vec![(n, head)],
                codes: Vec::new(),
            };
            for b in &brackets {
                if let Some(c) = parse_code(b, n, &path, report)? {
                    entry.codes.push(c);
                }
            }
            current = Some(entry);
        }
    }
    if let Some(done) = current.take() {
        finish_actor(d, done, &label, known, report);
    }
    Ok(())
}

/// The text before the first `[`, trimmed, and the contents of each `[...]` after it. Text
/// between and after the brackets (notes such as "Newspapers/Magazines") is ignored.
fn split_brackets(text: &str) -> Result<(String, Vec<String>), String> {
    let Some(open) = text.find('[') else {
        return Ok((text.trim().to_string(), Vec::new()));
    };
    let head = text[..open].trim().to_string();
    let mut brackets = Vec::new();
    let mut rest = &text[open..];
    while let Some(o) = rest.find('[') {
        let after = &rest[o + 1..];
        match after.find([']', '[']) {
            Some(c) if after.as_bytes()[c] == b']' => {
                brackets.push(after[..c].trim().to_string());
                rest = &after[c + 1..];
            }
            _ => {
                return Err(format!(
                    "unbalanced brackets: a [ without its ] in {text:?}"
                ))
            }
        }
    }
    Ok((head, brackets))
}

/// A `[CODE restriction]`: `Ok(None)` when it is skipped with a warning, an error when it
/// cannot be read at all.
fn parse_code(
    bracket: &str,
    n: usize,
    path: &Path,
    report: &mut PhoenixReport,
) -> Result<Option<Code>, DictError> {
    let mut parts = bracket.split_whitespace();
    let Some(code) = parts.next() else {
        return Err(parse_error(path, n, "an empty code []"));
    };
    let restriction: String = parts.collect();
    let when = match parse_when(&restriction) {
        Ok((when, note)) => {
            if let Some(note) = note {
                report.warn(n, format!("[{bracket}]: {note}"));
            }
            when
        }
        Err(WhenError::Malformed(m)) => {
            return Err(parse_error(path, n, format!("[{bracket}]: {m}")));
        }
        Err(WhenError::Skip(m)) => {
            report.warn(n, format!("[{bracket}] skipped: {m}"));
            return Ok(None);
        }
    };
    if code != "---" && !usable_code(code) {
        report.warn(
            n,
            format!(
                "[{bracket}] skipped: dyad codes are upper-case letters in groups of three, not {code:?}"
            ),
        );
        return Ok(None);
    }
    Ok(Some(Code {
        code: code.to_string(),
        when,
    }))
}

enum WhenError {
    /// Not a date restriction at all: an error.
    Malformed(String),
    /// Digits, but not a date: the code is skipped.
    Skip(String),
}

/// A restriction (white space removed): "", `<D`, `>D`, `A-B`, or a bare `D` (read as `>D`, with
/// a note).
fn parse_when(r: &str) -> Result<(When, Option<String>), WhenError> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let malformed = || {
        WhenError::Malformed(format!(
            "date restriction {r:?} is not <DATE, >DATE, DATE-DATE (dates as YYMMDD or YYYYMMDD)"
        ))
    };
    if r.is_empty() {
        return Ok((When::Always, None));
    }
    if let Some(rest) = r.strip_prefix('<') {
        if !digits(rest) {
            return Err(malformed());
        }
        return Ok((When::Until(date(rest)?), None));
    }
    if let Some(rest) = r.strip_prefix('>') {
        if !digits(rest) {
            return Err(malformed());
        }
        return Ok((When::From(date(rest)?), None));
    }
    if let Some((a, b)) = r.split_once('-') {
        if !digits(a) || !digits(b) {
            return Err(malformed());
        }
        let (a, b) = (date(a)?, date(b)?);
        if b < a {
            return Err(WhenError::Skip(format!(
                "the range ends ({b}) before it starts ({a})"
            )));
        }
        return Ok((When::Between(a, b), None));
    }
    if digits(r) {
        let from = date(r)?;
        return Ok((
            When::From(from),
            Some(format!(
                "a date without <, > or - read as >{r} (from {from})"
            )),
        ));
    }
    Err(malformed())
}

/// `YYMMDD` (years 00-30 are 20YY, as in KEDS, TABARI and PETRARCH) or `YYYYMMDD`.
fn date(s: &str) -> Result<Date, WhenError> {
    let num = |a: usize, b: usize| s[a..b].parse::<u32>().unwrap_or(0);
    let (year, month, day) = match s.len() {
        6 => {
            let yy = num(0, 2);
            (
                if yy <= 30 { 2000 + yy } else { 1900 + yy },
                num(2, 4),
                num(4, 6),
            )
        }
        8 => (num(0, 4), num(4, 6), num(6, 8)),
        len => {
            return Err(WhenError::Skip(format!(
                "date {s:?} has {len} digits, not 6 (YYMMDD) or 8 (YYYYMMDD)"
            )))
        }
    };
    let checked = match (i32::try_from(year), u8::try_from(month), u8::try_from(day)) {
        (Ok(y), Ok(m), Ok(d)) => Date::new(y, m, d),
        _ => None,
    };
    checked.ok_or_else(|| WhenError::Skip(format!("date {s:?} is not a calendar date")))
}

fn finish_actor(
    d: &mut Dictionaries,
    raw: RawEntry,
    label: &str,
    known: &mut HashSet<String>,
    report: &mut PhoenixReport,
) {
    // Codes: the default, and the dated ones as periods.
    let mut default: Option<String> = None;
    let mut periods: Vec<Period> = Vec::new();
    for c in &raw.codes {
        if c.code == "---" {
            continue;
        }
        let (from, until) = match c.when {
            When::Always => {
                if default.is_none() {
                    default = Some(c.code.clone());
                }
                continue;
            }
            When::From(f) => (Some(f), None),
            When::Until(u) => (None, Some(u)),
            When::Between(f, u) => (Some(f), Some(u)),
        };
        periods.push(Period {
            code: c.code.clone(),
            from,
            until,
        });
    }
    let default = default.or_else(|| {
        // Every code is dated: the open-ended one that starts last, else the one that ends last.
        let open = periods
            .iter()
            .filter(|p| p.until.is_none())
            .max_by_key(|p| p.from);
        open.or_else(|| periods.iter().max_by_key(|p| p.until))
            .map(|p| p.code.clone())
    });
    let Some(code) = default else {
        // Only `---`, or no code at all: PETRARCH's null code, not an actor.
        report.dropped += 1;
        return;
    };

    // Names.
    let mut names: Vec<String> = Vec::new();
    for (n, raw_name) in &raw.names {
        if raw_name.contains([']', '[']) {
            report.warn(
                *n,
                format!("name with a stray bracket skipped: {raw_name:?}"),
            );
            continue;
        }
        let plain = words(raw_name);
        if plain.is_empty() {
            continue;
        }
        if !plain.chars().any(char::is_alphabetic) {
            report.warn(*n, format!("name without a letter skipped: {plain:?}"));
            continue;
        }
        let name = matching_form(&plain);
        if !known.insert(key(&name)) {
            report.known += 1;
            continue;
        }
        names.push(name);
    }
    if names.is_empty() {
        report.dropped += 1;
        return;
    }
    report.entries += 1;
    report.names += names.len();
    report.periods += periods.len();
    d.actors.push(ActorEntry {
        code,
        names,
        kind: Some("phoenix".into()),
        title: None,
        periods,
        note: Some(format!("{label} line {}", raw.line)),
        phoenix: true,
        file: label.to_string(),
    });
}

// ---------------------------------------------------------------------------------------------
// Agents

fn read_agents(
    d: &mut Dictionaries,
    lines: &[Line],
    known: &mut HashSet<String>,
    report: &mut PhoenixReport,
) -> Result<(), DictError> {
    let path = report.path.clone();
    let mut macros: HashMap<String, Vec<String>> = HashMap::new();
    // New names by role, in the order roles first appear.
    let mut roles: Vec<(String, Vec<String>)> = Vec::new();
    for line in lines {
        let n = line.n;
        let text = line.text.as_str();
        if text.starts_with('!') && text.contains('=') {
            let (marker, list) = text.split_once('=').unwrap_or_default();
            let marker = marker.trim();
            let name = marker
                .strip_prefix('!')
                .and_then(|m| m.strip_suffix('!'))
                .filter(|m| !m.is_empty() && !m.contains('!'));
            let items: Vec<String> = list
                .split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
            match name {
                Some(name) if !items.is_empty() => {
                    macros.insert(name.to_string(), items);
                }
                _ => {
                    return Err(parse_error(
                        &path,
                        n,
                        format!("a substitution set is written !NAME! = A, B, C, not {text:?}"),
                    ))
                }
            }
            continue;
        }
        report.read += 1;
        let Some(open) = text.find('[') else {
            report.warn(n, format!("agent without a [~CODE] skipped: {text:?}"));
            continue;
        };
        let after = &text[open + 1..];
        let code = match after.find([']', '}', '[']) {
            Some(c) if after.as_bytes()[c] == b']' => &after[..c],
            Some(c) if after.as_bytes()[c] == b'}' => {
                report.warn(
                    n,
                    format!("agent code closed with }} read as [{}]", &after[..c]),
                );
                &after[..c]
            }
            _ => {
                return Err(parse_error(
                    &path,
                    n,
                    format!("unbalanced brackets: a [ without its ] in {text:?}"),
                ))
            }
        };
        let code = code.trim();
        let role = if let Some(r) = code.strip_prefix('~') {
            r.trim()
        } else if code.ends_with('~') {
            report.warn(
                n,
                format!(
                    "[{code}] skipped: a code put before the actor's (CODE~) is not a dyad role"
                ),
            );
            continue;
        } else {
            report.warn(
                n,
                format!("[{code}] skipped: agent codes are written [~ROLE]"),
            );
            continue;
        };
        if !usable_code(role) {
            report.warn(
                n,
                format!("[{code}] skipped: roles are upper-case letters in groups of three"),
            );
            continue;
        }

        // The noun, an explicit plural in {...}, substitution markers.
        let mut noun = text[..open].trim();
        let mut plural: Option<Option<&str>> = None; // Some(None): `{}`, no plural
        if let Some(b) = noun.find('{') {
            let Some(e) = noun[b..].find('}') else {
                return Err(parse_error(
                    &path,
                    n,
                    format!("a {{ without its }} in {text:?}"),
                ));
            };
            let p = noun[b + 1..b + e].trim();
            plural = Some((!p.is_empty()).then_some(p));
            noun = noun[..b].trim();
        }
        if noun.is_empty() {
            return Err(parse_error(
                &path,
                n,
                format!("a code without a noun: {text:?}"),
            ));
        }
        let mut forms: Vec<String> = Vec::new();
        if noun.contains('!') {
            // Every item of the set replaces the marker; no plurals are made.
            forms = expand_macros(noun, &macros).map_err(|m| parse_error(&path, n, m))?;
            if let Some(Some(p)) = plural {
                forms.push(p.to_string());
            }
        } else {
            forms.push(noun.to_string());
            match plural {
                Some(Some(p)) => forms.push(p.to_string()),
                Some(None) => {}
                None => forms.extend(regular_plural(&words(noun))),
            }
        }
        let mut added = 0;
        for f in forms {
            let name = words(&f).to_lowercase();
            if name.is_empty() {
                continue;
            }
            if !known.insert(key(&name)) {
                report.known += 1;
                continue;
            }
            added += 1;
            match roles.iter_mut().find(|(r, _)| r == role) {
                Some((_, names)) => names.push(name),
                None => roles.push((role.to_string(), vec![name])),
            }
        }
        if added == 0 {
            report.dropped += 1;
        }
        report.names += added;
    }
    report.entries += roles.len();
    d.agents.extend(
        roles
            .into_iter()
            .map(|(role, names)| AgentEntry { role, names }),
    );
    Ok(())
}

/// `noun` with each `!MARKER!` replaced by every item of its set.
fn expand_macros(noun: &str, macros: &HashMap<String, Vec<String>>) -> Result<Vec<String>, String> {
    let Some(s) = noun.find('!') else {
        return Ok(vec![noun.to_string()]);
    };
    let Some(len) = noun[s + 1..].find('!') else {
        return Err(format!("an unclosed substitution marker in {noun:?}"));
    };
    let marker = &noun[s + 1..s + 1 + len];
    let Some(items) = macros.get(marker) else {
        return Err(format!(
            "substitution marker !{marker}! is not defined above"
        ));
    };
    let (before, after) = (&noun[..s], &noun[s + len + 2..]);
    let mut out = Vec::new();
    for tail in expand_macros(after, macros)? {
        for item in items {
            out.push(format!("{before}{item}{tail}"));
        }
    }
    Ok(out)
}

/// PETRARCH's regular plural of the last word (`-ies` after a consonant + y, `-es` after s, x,
/// z, ch, sh, else `-s`), improved where it would make nonsense: none for a word already ending
/// in a single s ("forces", "affairs") or not in a letter.
fn regular_plural(noun: &str) -> Option<String> {
    let lower = noun.to_lowercase();
    let last = lower.chars().last()?;
    if !last.is_alphabetic() {
        return None;
    }
    let before_last = lower.chars().rev().nth(1);
    let stem = &noun[..noun.len() - noun.chars().last()?.len_utf8()];
    Some(
        if lower.ends_with("ss")
            || lower.ends_with(['x', 'z'])
            || lower.ends_with("ch")
            || lower.ends_with("sh")
        {
            format!("{noun}es")
        } else if lower.ends_with('s') {
            return None;
        } else if last == 'y' && !before_last.is_some_and(|c| "aeiou".contains(c)) {
            format!("{stem}ies")
        } else {
            format!("{noun}s")
        },
    )
}

// ---------------------------------------------------------------------------------------------
// Discards

fn read_discards(
    d: &mut Dictionaries,
    lines: &[Line],
    report: &mut PhoenixReport,
) -> Result<(), DictError> {
    let path = report.path.clone();
    let mut seen: HashSet<String> = d
        .discards
        .iter()
        .flat_map(|e| e.phrases.iter().map(|p| key(p)))
        .collect();
    let mut phrases = Vec::new();
    for line in lines {
        report.read += 1;
        if line.text.contains(['[', ']']) {
            return Err(parse_error(
                &path,
                line.n,
                format!("a discard phrase takes no [code]: {:?}", line.text),
            ));
        }
        // `+` marks a story-level discard in PETRARCH; dyad discards the sentence.
        let phrase = words(line.text.trim_start_matches('+')).to_lowercase();
        if phrase.is_empty() {
            continue;
        }
        if !seen.insert(key(&phrase)) {
            report.known += 1;
            report.dropped += 1;
            continue;
        }
        phrases.push(phrase);
    }
    if !phrases.is_empty() {
        report.entries += 1;
        report.names += phrases.len();
        d.discards.push(DiscardEntry {
            topic: "phoenix".into(),
            phrases,
        });
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Compiled, CountryEntry, MentionKind};

    fn date(s: &str) -> Option<Date> {
        Some(Date::parse(s).unwrap())
    }

    fn load(d: &mut Dictionaries, name: &str, text: &str) -> Result<PhoenixReport, DictError> {
        let kind = PhoenixKind::from_file_name(name).expect("a Phoenix name");
        add_phoenix_text(d, kind, Path::new(name), text)
    }

    fn actor<'a>(d: &'a Dictionaries, name: &str) -> &'a ActorEntry {
        d.actors
            .iter()
            .find(|a| a.names.iter().any(|n| n == name))
            .unwrap_or_else(|| panic!("no actor named {name:?}"))
    }

    const SAMPLE: &str = "\
# comment line
AFGHANISTAN_  [AFG]
+AFGHANESTAN_
+ISLAMIC_REPUBLIC_OF_AFGHANISTAN
+HELMAND # a province

HAMID_KARZAI_  # CountryInfo.txt
+PRESIDENT_KARZAI_
\t[AFGELI 750101-000101]
\t[AFGGOV >011222]
\t[AFGELI]
KOFI_ANNAN_\t
+K._ANNAN_
\t[IGOUNO 970101-061231] 
\t[ELI]# IGOrulers.txt
BAN_KI-MOON
\t[IGOUNO >20070101]
\t[KORGOVBUS 2004017-20061201]
GYUMRI
\t[USRARM <900823]
\t[ARM > 911221]
B._LYNN_PASCOE_\t[USAGOV 981022-010811] [IGOUNO  >070201]# note
UNITED_NATIONS_ORGANIZATION_ [IGOUNO]
+UN_
+U.N._
+AL_QAEDA_IN_IRAQ
INDIAN_OCEAN  [---]
313_ [PAKREB]
";

    #[test]
    fn actor_entries_names_and_periods() {
        let mut d = Dictionaries::default();
        let r = load(&mut d, "Sample.actors.txt", SAMPLE).unwrap();
        assert_eq!(r.read, 9, "{r:?}");
        assert_eq!(r.entries, 7, "{r:?}");
        assert_eq!(
            r.dropped, 2,
            "INDIAN OCEAN ---, and 313 with no name left: {r:?}"
        );

        let afg = actor(&d, "Afghanistan");
        assert_eq!(afg.code, "AFG");
        assert_eq!(
            afg.names,
            [
                "Afghanistan",
                "Afghanestan",
                "Islamic Republic of Afghanistan",
                "Helmand"
            ]
        );
        assert!(afg.phoenix && afg.kind.as_deref() == Some("phoenix"));
        assert_eq!(afg.note.as_deref(), Some("Sample.actors.txt line 2"));

        // The undated code is the default; dated ones are periods, limits inclusive, YY <= 30
        // being 20YY.
        let karzai = actor(&d, "Hamid Karzai");
        assert_eq!(karzai.names, ["Hamid Karzai", "President Karzai"]);
        assert_eq!(karzai.code, "AFGELI");
        assert_eq!(karzai.periods.len(), 2);
        assert_eq!(karzai.periods[0].from, date("1975-01-01"));
        assert_eq!(karzai.periods[0].until, date("2000-01-01"));
        assert_eq!(karzai.code_on(date("2021-06-01")), "AFGGOV");
        assert_eq!(karzai.code_on(date("2001-12-22")), "AFGGOV");
        assert_eq!(karzai.code_on(date("2001-12-21")), "AFGELI");
        assert_eq!(karzai.code_on(date("1990-01-01")), "AFGELI");
        assert_eq!(karzai.code_on(None), "AFGELI");

        let annan = actor(&d, "Kofi Annan");
        assert_eq!(annan.names, ["Kofi Annan", "K. Annan"]);
        assert_eq!(annan.code, "ELI");
        assert_eq!(annan.code_on(date("2000-01-01")), "IGOUNO");

        // A 7-digit date: that code is skipped with a warning naming the line; the rest loads.
        let ban = actor(&d, "BAN Ki-Moon");
        assert_eq!(ban.code, "IGOUNO", "the only open-ended code");
        assert_eq!(ban.periods.len(), 1);
        let w = r
            .warnings
            .iter()
            .find(|w| w.message.contains("2004017"))
            .expect("a warning for 2004017");
        assert_eq!(w.line, 18);
        assert!(
            w.to_string().starts_with("Sample.actors.txt: line 18: "),
            "{w}"
        );

        // All dated: the open-ended code is the default; `> D` with a space reads.
        let gyumri = actor(&d, "Gyumri");
        assert_eq!(gyumri.code, "ARM");
        assert_eq!(gyumri.code_on(date("1989-01-01")), "USRARM");
        assert_eq!(gyumri.periods[1].from, date("1991-12-21"));

        let pascoe = actor(&d, "B. Lynn Pascoe");
        assert_eq!(pascoe.code, "IGOUNO");
        assert_eq!(pascoe.code_on(date("2000-01-01")), "USAGOV");

        let un = actor(&d, "UN");
        assert_eq!(
            un.names,
            [
                "United Nations Organization",
                "UN",
                "U.N.",
                "al Qaeda in Iraq"
            ],
        );
        assert!(r
            .warnings
            .iter()
            .any(|w| w.line == 28 && w.message.contains("313")));
        assert!(!d
            .actors
            .iter()
            .any(|a| a.names.iter().any(|n| n.contains("Indian"))));
    }

    #[test]
    fn title_case_keeps_short_words_and_dots() {
        assert_eq!(matching_form("AFGHANISTAN"), "Afghanistan");
        assert_eq!(matching_form("KOFI ANNAN"), "Kofi Annan");
        assert_eq!(matching_form("UN"), "UN");
        assert_eq!(matching_form("U.N."), "U.N.");
        assert_eq!(matching_form("USA"), "USA");
        assert_eq!(matching_form("AL-QAEDA"), "Al-Qaeda");
        assert_eq!(matching_form("AL QAEDA"), "al Qaeda");
        assert_eq!(matching_form("AL"), "AL");
        assert_eq!(matching_form("MAZAR-I-SHARIF"), "Mazar-I-Sharif");
        assert_eq!(
            matching_form("PEOPLE'S REPUBLIC OF CHINA"),
            "People's Republic of China"
        );
        assert_eq!(
            matching_form("RECEP TAYYIP ERDOĞAN"),
            "Recep Tayyip Erdoğan"
        );
        assert_eq!(matching_form("US ARMY"), "US Army");
        assert_eq!(matching_form("HUN SEN"), "Hun Sen");
        assert_eq!(matching_form("K. P. OLI"), "K. P. Oli");
        assert_eq!(matching_form("THE DRC"), "the Drc");
        assert_eq!(matching_form("U.K."), "U.K.");
        assert_eq!(matching_form("EE.UU."), "EE.UU.");
        assert_eq!(matching_form("ST.HELENA"), "St.Helena");
        assert_eq!(matching_form("GEIR H. HAARDE"), "Geir H. Haarde");
    }

    #[test]
    fn names_dyad_knows_are_left_to_dyad() {
        let mut d = Dictionaries::default();
        d.countries.push(CountryEntry {
            code: "AFG".into(),
            name: "Afghanistan".into(),
            names: vec![],
            adjectives: vec!["Afghan".into()],
            capitals: vec!["Kabul".into()],
        });
        let r = load(
            &mut d,
            "x.actors.txt",
            "AFGHANISTAN_ [AFG]\n+AFGHAN_\n+KABUL_\n+KANDAHAR_\nKABUL [AFG]\n",
        )
        .unwrap();
        assert_eq!(d.actors.len(), 1);
        assert_eq!(d.actors[0].names, ["Kandahar"]);
        assert_eq!(r.known, 4);
        assert_eq!(r.dropped, 1);
    }

    #[test]
    fn malformed_lines_are_errors_naming_file_and_line() {
        let cases = [
            ("# c\n\t[AFG]\nAFGHANISTAN_\n", 2, "before any actor entry"),
            ("+AFGHAN_\n", 1, "before any actor entry"),
            ("AFGHANISTAN_\n\t[AFG >0101\n", 2, "unbalanced"),
            ("AFGHANISTAN_ [AFG] [AFGGOV\n", 1, "unbalanced"),
            ("AFGHANISTAN_\n\n\t[AFG >abc]\n", 3, "date restriction"),
            ("AFGHANISTAN_\n\t[AFG 2004-01-07]\n", 2, "date restriction"),
            ("AFGHANISTAN_\n\t[]\n", 2, "empty code"),
            ("AFGHANISTAN_\n\tAFG\n", 2, "must hold a [CODE]"),
        ];
        for (text, line, what) in cases {
            let mut d = Dictionaries::default();
            let e = load(&mut d, "Bad.actors.txt", text).unwrap_err();
            let msg = e.to_string();
            assert!(
                msg.starts_with(&format!("Bad.actors.txt: line {line}: ")) && msg.contains(what),
                "{text:?}: {msg}"
            );
        }
        let mut d = Dictionaries::default();
        let e = load(&mut d, "Bad.agents.txt", "!P! = MAN\nFOO!Q! [~GOV]\n").unwrap_err();
        assert!(e.to_string().starts_with("Bad.agents.txt: line 2: "), "{e}");
        let e = load(&mut d, "Bad.agents.txt", "FOO {FOOS [~GOV]\n").unwrap_err();
        assert!(e.to_string().contains("line 1"), "{e}");
        let e = load(&mut d, "Bad.discards.txt", "\nFOOTBALL [AFG]\n").unwrap_err();
        assert!(e.to_string().contains("line 2"), "{e}");
    }

    #[test]
    fn dates_that_are_not_dates_skip_their_code() {
        let mut d = Dictionaries::default();
        let r = load(
            &mut d,
            "x.actors.txt",
            "A_PERSON_\n\t[ABC 9008223-911221]\n\t[ABC 20100931-20101231]\n\
             \t[ABC 100101-090101]\n\t[ABCD]\n\t[NGO123]\n\t[USAGOV 19820101]\n",
        )
        .unwrap();
        assert_eq!(r.warnings.len(), 6, "{:#?}", r.warnings);
        let p = actor(&d, "A Person");
        assert_eq!(p.code, "USAGOV");
        assert_eq!(p.periods[0].from, date("1982-01-01"));
    }

    #[test]
    fn agents_macros_plurals_and_roles() {
        let text = "\
!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
!MINIST! = MINISTER, MINISTERS, MINISTRY
CONGRESS!PERSON! [~LEG]
FOREIGN_!MINIST! [~GOV]
HUSBAND!PERSON![~AGR]
FARMER [~AGR]
DEPUTY [~GOV]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVJUD]
POLICE {} [~COP]
BOSS [~BUS]
ARMED_FORCES_ [~MIL]
MINISTRY_ [~GOV]
ISLAMIC_EXTREMIST
DEPARMENT_OF_ENVIRONMENT [~ENV}
PEACEKEEPING_TROOPS {} [IGO~]
BAD_ROLE [~GO]
";
        let mut d = Dictionaries::default();
        let r = load(&mut d, "Test.agents.txt", text).unwrap();
        let names = |role: &str| {
            d.agents
                .iter()
                .find(|a| a.role == role)
                .map(|a| a.names.clone())
                .unwrap_or_default()
        };
        assert_eq!(
            names("LEG"),
            [
                "congressman",
                "congressmen",
                "congresswoman",
                "congresswomen",
                "congressperson"
            ]
        );
        assert_eq!(
            names("GOV"),
            [
                "foreign minister",
                "foreign ministers",
                "foreign ministry",
                "deputy",
                "deputies",
                "ministry",
                "ministries"
            ]
        );
        assert_eq!(names("AGR")[0], "husbandman");
        assert!(names("AGR").contains(&"farmers".to_string()));
        assert_eq!(names("GOVJUD"), ["attorney general", "attorneys general"]);
        assert_eq!(names("COP"), ["police"]);
        assert_eq!(names("BUS"), ["boss", "bosses"]);
        assert_eq!(names("MIL"), ["armed forces"]);
        assert_eq!(
            names("ENV"),
            ["deparment of environment", "deparment of environments"]
        );
        assert!(d.agents.iter().all(|a| usable_code(&a.role)));
        // No code, `}` for `]`, a prefix code and a bad role are warnings, by line.
        let lines: Vec<usize> = r.warnings.iter().map(|w| w.line).collect();
        assert_eq!(lines, [13, 14, 15, 16], "{:#?}", r.warnings);
    }

    #[test]
    fn discards_lower_case_story_and_sentence() {
        let text = "# Story-level discards are indicated with a '+'.\n1914\n#2000\n\
                    + World Golf Championships   # pas\n+WOMEN'S DOUBLES\nGROUP A_\n\
                    ACADEMY AWARD   # LRP ;LRP\n1914\n";
        let mut d = Dictionaries::default();
        let r = load(&mut d, "Phoenix.discards.txt", text).unwrap();
        assert_eq!(d.discards.len(), 1);
        assert_eq!(d.discards[0].topic, "phoenix");
        assert_eq!(
            d.discards[0].phrases,
            [
                "1914",
                "world golf championships",
                "women's doubles",
                "group a",
                "academy award"
            ]
        );
        assert_eq!(r.known, 1);
    }

    #[test]
    fn comments_stop_and_encoding() {
        let text =
            "<!-- a\nFOO_ [AFG]\n-->\nBARAD_ <!-- x --> [AFG] ; legacy\n---STOP---\nBAZ_ [AFG]\n";
        let mut d = Dictionaries::default();
        load(&mut d, "x.actors.txt", text).unwrap();
        assert_eq!(d.actors.len(), 1);
        assert_eq!(d.actors[0].names, ["Barad"]);

        let bytes = b"COTE_D\x92IVOIRE_ [CIV]\nS\xc3\x83O_TOM\xc3\x89_ [STP]\n".to_vec();
        let s = decode(bytes);
        assert!(s.starts_with("COTE_D\u{2019}IVOIRE_"), "{s}");
        assert!(
            s.contains("S\u{c3}O_TOM\u{c9}_"),
            "UTF-8 lines stay UTF-8: {s}"
        );
        assert_eq!(cp1252(0xE9), 'é');
    }

    #[test]
    fn kinds_by_file_name() {
        use PhoenixKind::*;
        assert_eq!(
            PhoenixKind::from_file_name("Phoenix.Countries.actors.txt"),
            Some(Actors)
        );
        assert_eq!(
            PhoenixKind::from_file_name("Phoenix.agents.txt"),
            Some(Agents)
        );
        assert_eq!(
            PhoenixKind::from_file_name("PETR.Validate.discards.txt"),
            Some(Discards)
        );
        assert_eq!(PhoenixKind::from_file_name("Phoenix.IssueCoding.txt"), None);
        assert_eq!(PhoenixKind::from_file_name("actors.toml"), None);
        let mut d = Dictionaries::default();
        let e = add_phoenix_file(&mut d, Path::new("/nowhere/CAMEO.2.0.txt")).unwrap_err();
        assert!(
            matches!(&e, DictError::Parse { path, .. } if path.ends_with("CAMEO.2.0.txt")),
            "{e}"
        );
    }

    #[test]
    fn add_path_reads_a_folder_of_phoenix_files_and_single_files() {
        let dir = std::env::temp_dir().join(format!("dyad-phoenix-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("Phoenix.Test.actors.txt"),
            "GONDOR_ [GND]\n+MINAS_TIRITH_\n",
        )
        .unwrap();
        std::fs::write(dir.join("Phoenix.agents.txt"), "RANGER [~MIL]\n").unwrap();
        std::fs::write(dir.join("CAMEO.2.0.txt"), "not a dictionary [[[\n").unwrap();
        std::fs::write(dir.join("PETR.Other.actors.txt"), "ROHAN_ [RHN]\n").unwrap();

        let mut d = Dictionaries::default();
        d.add_path(&dir)
            .expect("a folder of Phoenix files is not empty");
        assert_eq!(d.actors.len(), 1, "only Phoenix.* files from a folder");
        assert_eq!(d.actors[0].names, ["Gondor", "Minas Tirith"]);
        assert_eq!(d.agents[0].names, ["ranger", "rangers"]);

        let mut d = Dictionaries::default();
        d.add_path(&dir.join("PETR.Other.actors.txt"))
            .expect("a single file by its name");
        assert_eq!(d.actors[0].code, "RHN");
        assert!(d.add_path(&dir.join("CAMEO.2.0.txt")).is_err());

        let empty = dir.join("empty");
        std::fs::create_dir_all(&empty).unwrap();
        assert!(matches!(d.add_path(&empty), Err(DictError::Empty(_))));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    fn peer_dir() -> Option<PathBuf> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/peer-data/petrarch2");
        if dir.join("Phoenix.Countries.actors.txt").is_file() {
            Some(dir)
        } else {
            eprintln!(
                "skipped: the peer dictionaries are not at {}",
                dir.display()
            );
            None
        }
    }

    /// The mentions in `text`, tokens being the space-separated words.
    fn mentions(c: &Compiled, text: &str) -> Vec<(String, MentionKind)> {
        crate::compile::space_mentions(c, text)
    }

    #[test]
    fn the_published_phoenix_dictionaries_load() {
        let Some(dir) = peer_dir() else { return };
        let mut d = Dictionaries::builtin();
        let before = (d.actors.len(), d.agents.len(), d.discards.len());
        let reports = add_phoenix_dir(&mut d, &dir).unwrap();
        let names: Vec<String> = reports
            .iter()
            .map(|r| r.path.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            [
                "Phoenix.Countries.actors.txt",
                "Phoenix.International.actors.txt",
                "Phoenix.MilNonState.actors.txt",
                "Phoenix.agents.txt",
                "Phoenix.discards.txt"
            ]
        );
        for r in &reports {
            eprintln!(
                "{}: read {}, entries {}, names {}, periods {}, known {}, dropped {}, warnings {}",
                names[reports.iter().position(|x| x.path == r.path).unwrap()],
                r.read,
                r.entries,
                r.names,
                r.periods,
                r.known,
                r.dropped,
                r.warnings.len()
            );
        }
        let [countries, international, milnonstate, agents, discards] = &reports[..] else {
            unreachable!()
        };
        assert!(
            countries.entries > 10_000 && countries.names > 15_000 && countries.periods > 15_000
        );
        assert!(international.entries > 3_000 && international.names > 3_000);
        assert!(milnonstate.entries > 500 && milnonstate.names > 900);
        assert!(agents.names > 1_500);
        assert!(discards.names > 400);
        assert!(reports.iter().all(|r| r.warnings.len() < 100));
        assert_eq!(
            d.actors.len() - before.0,
            countries.entries + international.entries + milnonstate.entries
        );
        assert!(d.agents.len() > before.1 && d.discards.len() == before.2 + 1);
        assert!(d.agents.iter().all(|a| usable_code(&a.role)));
        assert!(d
            .actors
            .iter()
            .all(|a| usable_code(&a.code) && a.periods.iter().all(|p| usable_code(&p.code))));

        // The 7-digit date in Ban Ki-moon's entry is a warning naming file and line.
        assert!(international
            .warnings
            .iter()
            .any(|w| w.line == 40 && w.message.contains("2004017")));

        // Afghanistan per the file: Karzai is AFGGOV from 2001-12-22 on, so in 2021 too.
        let karzai = d
            .actors
            .iter()
            .find(|a| a.phoenix && a.names.iter().any(|n| n == "President Karzai"))
            .expect("Karzai's Phoenix entry");
        assert_eq!(karzai.code_on(date("2021-08-01")), "AFGGOV");
        assert_eq!(karzai.code_on(date("1990-01-01")), "AFGELI");
        let rahimi = actor(&d, "Asif Rahimi");
        assert_eq!(rahimi.code_on(date("2021-08-01")), "AFGGOVAGR");

        let c = Compiled::new(d);
        let found = mentions(
            &c,
            "Taliban fighters attacked a UN convoy in Helmand province of Afghanistan said Asif Rahimi",
        );
        let text_of = |s: &str| found.iter().find(|(t, _)| t == s).map(|(_, k)| *k);
        assert!(
            matches!(text_of("Taliban"), Some(MentionKind::Actor(_))),
            "{found:?}"
        );
        assert!(
            matches!(text_of("UN"), Some(MentionKind::Actor(_))),
            "{found:?}"
        );
        assert!(
            matches!(text_of("Afghanistan"), Some(MentionKind::Country(..))),
            "{found:?}"
        );
        let Some(MentionKind::Actor(h)) = text_of("Helmand") else {
            panic!("Helmand: {found:?}")
        };
        assert!(c.dicts.actors[h].phoenix && c.dicts.actors[h].code == "AFG");
        let Some(MentionKind::Actor(r)) = text_of("Asif Rahimi") else {
            panic!("Asif Rahimi: {found:?}")
        };
        assert_eq!(c.dicts.actors[r].code_on(date("2021-08-01")), "AFGGOVAGR");
        // Title Case names match capitalised text in any case after the first letter, and
        // not lower-case text.
        assert!(mentions(&c, "HELMAND province")
            .iter()
            .any(|(t, _)| t == "HELMAND"));
        assert!(!mentions(&c, "the helmand river")
            .iter()
            .any(|(t, _)| t == "helmand"));
    }

    /// `cargo test -p dyad-dict --release -- --ignored --nocapture load_and_compile_time`
    #[test]
    #[ignore = "timing; run in release"]
    fn load_and_compile_time() {
        let Some(dir) = peer_dir() else { return };
        let t = std::time::Instant::now();
        let mut d = Dictionaries::builtin();
        let builtin = t.elapsed();
        d.add_path(&dir).unwrap();
        let loaded = t.elapsed();
        let names: usize = d.actors.iter().map(|a| a.names.len()).sum::<usize>()
            + d.agents.iter().map(|a| a.names.len()).sum::<usize>();
        let c = Compiled::new(d);
        let compiled = t.elapsed();
        eprintln!(
            "builtin {builtin:?}, + Phoenix files {:?}, Compiled::new {:?} ({} actors, {names} actor and agent names), total {compiled:?}",
            loaded - builtin,
            compiled - loaded,
            c.dicts.actors.len()
        );
        let t = std::time::Instant::now();
        let c = Compiled::new(Dictionaries::builtin());
        eprintln!("builtin alone: builtin + Compiled::new {:?}", t.elapsed());
        drop(c);
    }
}
