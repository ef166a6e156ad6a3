//! The file formats of `data/` and their loading.

use crate::DictError;
use dyad_model::Date;
use serde::Deserialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// A country or territory (`countries.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryEntry {
    /// ISO 3166-1 alpha-3.
    pub code: String,
    /// Canonical short name.
    pub name: String,
    /// Other names and abbreviations.
    #[serde(default)]
    pub names: Vec<String>,
    /// Adjectives and demonyms.
    #[serde(default)]
    pub adjectives: Vec<String>,
    /// Capitals and seats of government used as metonyms.
    #[serde(default)]
    pub capitals: Vec<String>,
}

/// A code valid over a period (`actors.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// The code in this period.
    pub code: String,
    /// First day, inclusive.
    #[serde(default)]
    pub from: Option<Date>,
    /// Last day, inclusive.
    #[serde(default)]
    pub until: Option<Date>,
}

/// A named actor that is not a country (`actors.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorEntry {
    /// CAMEO actor code.
    pub code: String,
    /// Names; for a person the full name first.
    pub names: Vec<String>,
    /// igo, ngo, group, person, org.
    #[serde(default)]
    pub kind: Option<String>,
    /// A person's title as news uses it.
    #[serde(default)]
    pub title: Option<String>,
    /// Other codes by date.
    #[serde(default)]
    pub periods: Vec<Period>,
    /// Free text.
    #[serde(default)]
    pub note: Option<String>,
    /// Read from a Phoenix/PETRARCH `.actors.txt` file (see `phoenix.rs`).
    #[serde(default, skip)]
    pub phoenix: bool,
    /// The file the entry came from (`data/leaders.toml`), for `why`.
    #[serde(default, skip)]
    pub file: String,
}

impl ActorEntry {
    /// The code valid on `date` (the default code when no period covers it or no date is known).
    pub fn code_on(&self, date: Option<Date>) -> &str {
        if let Some(d) = date {
            for p in &self.periods {
                if p.from.is_none_or(|f| f <= d) && p.until.is_none_or(|u| d <= u) {
                    return &p.code;
                }
            }
        }
        &self.code
    }
    /// Whether the entry is a person.
    pub fn is_person(&self) -> bool {
        self.kind.as_deref() == Some("person")
    }
}

/// Role nouns and titles (`agents.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgentEntry {
    /// CAMEO role code.
    pub role: String,
    /// Lower-case names.
    pub names: Vec<String>,
}

/// Verb patterns for one code (`verbs.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerbEntry {
    /// CAMEO code, or `---` for a blocker.
    pub code: String,
    /// Patterns.
    pub patterns: Vec<String>,
    /// The actor after the pattern is the source and the subject the target: "received aid
    /// from X", "came under fire from X".
    #[serde(default)]
    pub reverse: bool,
    /// The act is only between the members of a compound subject ("Kenya and Uganda agreed
    /// to set up a commission"); what follows the pattern is never its target.
    #[serde(default)]
    pub mutual: bool,
    /// Free text.
    #[serde(default)]
    pub note: Option<String>,
}

/// Phrases that mark a sentence as outside politics (`discards.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiscardEntry {
    /// What kind of news the phrases mark ("sport", "markets").
    pub topic: String,
    /// Lower-case phrases.
    pub phrases: Vec<String>,
}

/// One CAMEO code with its codebook values (`cameo.tsv`).
#[derive(Debug, Clone)]
pub struct CameoEntry {
    /// 2-4 digits.
    pub code: String,
    /// Codebook name.
    pub name: String,
    /// Goldstein value.
    pub goldstein: f32,
    /// QuadClass 1-4.
    pub quad_class: u8,
    /// PLOVER event type ("" when PLOVER has none).
    pub plover_type: String,
    /// PLOVER mode ("" when none).
    pub plover_mode: String,
}

#[derive(Deserialize)]
struct CountryFile {
    #[serde(default)]
    country: Vec<CountryEntry>,
}
#[derive(Deserialize)]
struct ActorFile {
    #[serde(default)]
    actor: Vec<ActorEntry>,
}
#[derive(Deserialize)]
struct AgentFile {
    #[serde(default)]
    agent: Vec<AgentEntry>,
}
#[derive(Deserialize)]
struct DiscardFile {
    #[serde(default)]
    discard: Vec<DiscardEntry>,
}
#[derive(Deserialize)]
struct VerbFile {
    #[serde(default)]
    verb: Vec<VerbEntry>,
}

/// Every dictionary, as parsed entries. Where an entry came from is kept for `why`.
#[derive(Debug, Clone, Default)]
pub struct Dictionaries {
    /// Countries and territories.
    pub countries: Vec<CountryEntry>,
    /// IGOs, groups, persons.
    pub actors: Vec<ActorEntry>,
    /// Role nouns.
    pub agents: Vec<AgentEntry>,
    /// Verb patterns, with the file each came from.
    pub verbs: Vec<(VerbEntry, String)>,
    /// The codebook, by code.
    pub cameo: HashMap<String, CameoEntry>,
    /// Sentence discards.
    pub discards: Vec<DiscardEntry>,
}

const COUNTRIES: &str = include_str!("../../../data/countries.toml");
const ACTORS: &str = include_str!("../../../data/actors.toml");
const LEADERS: &str = include_str!("../../../data/leaders.toml");
const AGENTS: &str = include_str!("../../../data/agents.toml");
const VERBS: &str = include_str!("../../../data/verbs.toml");
const CAMEO: &str = include_str!("../../../data/cameo.tsv");
const DISCARDS: &str = include_str!("../../../data/discards.toml");

fn parse_err(path: &Path, e: impl std::fmt::Display) -> DictError {
    DictError::Parse {
        path: path.to_path_buf(),
        message: e.to_string(),
    }
}

fn replaces(text: &str) -> bool {
    text.lines().next().is_some_and(|l| l.trim() == "# replace")
}

impl Dictionaries {
    /// dyad's own dictionaries, compiled into the binary.
    pub fn builtin() -> Dictionaries {
        let mut d = Dictionaries::default();
        d.add_file(
            "countries.toml",
            Path::new("data/countries.toml"),
            COUNTRIES,
        )
        .expect("built-in countries.toml is valid");
        d.add_file("actors.toml", Path::new("data/actors.toml"), ACTORS)
            .expect("built-in actors.toml is valid");
        d.add_file("leaders.toml", Path::new("data/leaders.toml"), LEADERS)
            .expect("built-in leaders.toml is valid");
        d.add_file("agents.toml", Path::new("data/agents.toml"), AGENTS)
            .expect("built-in agents.toml is valid");
        d.add_file("cameo.tsv", Path::new("data/cameo.tsv"), CAMEO)
            .expect("built-in cameo.tsv is valid");
        d.add_file("verbs.toml", Path::new("data/verbs.toml"), VERBS)
            .expect("built-in verbs.toml is valid");
        d.add_file("discards.toml", Path::new("data/discards.toml"), DISCARDS)
            .expect("built-in discards.toml is valid");
        d
    }

    /// Add (or, for files starting `# replace`, substitute) the dictionaries in `dir`.
    pub fn add_dir(&mut self, dir: &Path) -> Result<(), DictError> {
        let mut found = false;
        // cameo first, so that verb codes check against the user's codebook too.
        for name in [
            "cameo.tsv",
            "countries.toml",
            "actors.toml",
            "leaders.toml",
            "agents.toml",
            "verbs.toml",
            "discards.toml",
        ] {
            let path = dir.join(name);
            if !path.exists() {
                continue;
            }
            found = true;
            let text = std::fs::read_to_string(&path).map_err(|source| DictError::Io {
                path: path.clone(),
                source,
            })?;
            self.add_file(name, &path, &text)?;
        }
        found |= !crate::phoenix::add_phoenix_dir(self, dir)?.is_empty();
        if found {
            Ok(())
        } else {
            Err(DictError::Empty(dir.to_path_buf()))
        }
    }

    /// Add a `--dictionaries` path: a folder as [`Dictionaries::add_dir`] (dyad's files and any
    /// `Phoenix.*` dictionaries), or one file by its name: a dyad file (`actors.toml`,
    /// `cameo.tsv` ...) or a Phoenix/PETRARCH one (`*actors*.txt`, `*agents*.txt`,
    /// `*discards*.txt`).
    pub fn add_path(&mut self, path: &Path) -> Result<(), DictError> {
        if path.is_dir() {
            return self.add_dir(path);
        }
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.to_ascii_lowercase().ends_with(".txt") {
            return crate::phoenix::add_phoenix_file(self, path).map(drop);
        }
        let text = std::fs::read_to_string(path).map_err(|source| DictError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        self.add_file(&name, path, &text)
    }

    /// Parse one file's text by its file name and add it.
    pub fn add_file(&mut self, name: &str, path: &Path, text: &str) -> Result<(), DictError> {
        let replace = replaces(text);
        match name {
            "countries.toml" => {
                let f: CountryFile = toml::from_str(text).map_err(|e| parse_err(path, e))?;
                for c in &f.country {
                    check_code(path, &c.code, 3)?;
                }
                if replace {
                    self.countries.clear();
                }
                self.countries.extend(f.country);
            }
            // leaders.toml: past office holders, in the actors.toml format.
            "actors.toml" | "leaders.toml" => {
                let f: ActorFile = toml::from_str(text).map_err(|e| parse_err(path, e))?;
                for a in &f.actor {
                    check_code(path, &a.code, 0)?;
                }
                if replace {
                    self.actors.clear();
                }
                let label = display_path(path);
                self.actors.extend(f.actor.into_iter().map(|mut a| {
                    a.file = label.clone();
                    a
                }));
            }
            "agents.toml" => {
                let f: AgentFile = toml::from_str(text).map_err(|e| parse_err(path, e))?;
                for a in &f.agent {
                    check_code(path, &a.role, 0)?;
                }
                if replace {
                    self.agents.clear();
                }
                self.agents.extend(f.agent);
            }
            "verbs.toml" => {
                let f: VerbFile = toml::from_str(text).map_err(|e| parse_err(path, e))?;
                for v in &f.verb {
                    if v.code != "---" && !self.cameo.contains_key(&v.code) {
                        return Err(DictError::UnknownCode {
                            path: path.to_path_buf(),
                            code: v.code.clone(),
                            pattern: v.patterns.first().cloned().unwrap_or_default(),
                        });
                    }
                }
                if replace {
                    self.verbs.clear();
                }
                let label = display_path(path);
                self.verbs
                    .extend(f.verb.into_iter().map(|v| (v, label.clone())));
            }
            "discards.toml" => {
                let f: DiscardFile = toml::from_str(text).map_err(|e| parse_err(path, e))?;
                if replace {
                    self.discards.clear();
                }
                self.discards.extend(f.discard);
            }
            "cameo.tsv" => {
                if replace {
                    self.cameo.clear();
                }
                for (i, line) in text.lines().enumerate() {
                    if line.starts_with('#') || line.trim().is_empty() {
                        continue;
                    }
                    let f: Vec<&str> = line.split('\t').collect();
                    let bad = |m: &str| DictError::Parse {
                        path: path.to_path_buf(),
                        message: format!("line {}: {m}", i + 1),
                    };
                    if f.len() < 4 {
                        return Err(bad("expected code, name, goldstein, quad_class[, plover_type, plover_mode] separated by tabs"));
                    }
                    let goldstein: f32 = f[2]
                        .trim()
                        .parse()
                        .map_err(|_| bad("goldstein is not a number"))?;
                    let quad_class: u8 = f[3]
                        .trim()
                        .parse()
                        .map_err(|_| bad("quad_class is not 1-4"))?;
                    if !(1..=4).contains(&quad_class) || !(-10.0..=10.0).contains(&goldstein) {
                        return Err(bad("goldstein must be in [-10, 10] and quad_class in 1-4"));
                    }
                    let code = f[0].trim().to_string();
                    if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
                        return Err(bad("code must be 2-4 digits"));
                    }
                    self.cameo.insert(
                        code.clone(),
                        CameoEntry {
                            code,
                            name: f[1].trim().to_string(),
                            goldstein,
                            quad_class,
                            plover_type: f.get(4).map(|s| s.trim().to_string()).unwrap_or_default(),
                            plover_mode: f.get(5).map(|s| s.trim().to_string()).unwrap_or_default(),
                        },
                    );
                }
            }
            other => {
                return Err(parse_err(
                    path,
                    format!("unknown dictionary file name {other:?}"),
                ))
            }
        }
        Ok(())
    }
}

fn display_path(path: &Path) -> String {
    let s = path.to_string_lossy();
    if s.starts_with("data/") {
        s.into_owned()
    } else {
        path.file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}

/// Actor and role codes: upper-case letters, a multiple of three long (`exact` letters when
/// non-zero).
fn check_code(path: &Path, code: &str, exact: usize) -> Result<(), DictError> {
    let ok = !code.is_empty()
        && code.bytes().all(|b| b.is_ascii_uppercase())
        && if exact > 0 {
            code.len() == exact
        } else {
            code.len().is_multiple_of(3)
        };
    if ok {
        Ok(())
    } else {
        Err(DictError::Parse {
            path: PathBuf::from(path),
            message: format!("bad actor code {code:?}: upper-case letters, in groups of three"),
        })
    }
}
