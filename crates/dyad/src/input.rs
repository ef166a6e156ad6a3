//! Reading documents: text files, folders of them, and JSONL (`{"id", "date", "text", ...}`).
//!
//! Every failure names the document (file, or file and line) and the reason, so that a batch
//! can report it and go on.

use dyad_model::{Date, Document};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Why a document could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum InputError {
    /// The file could not be opened or read.
    #[error("{name}: cannot read: {source}")]
    Io {
        /// File.
        name: String,
        /// Cause.
        source: std::io::Error,
    },
    /// The bytes are not UTF-8.
    #[error("{name}: not UTF-8 text (invalid byte at offset {offset})")]
    Encoding {
        /// Document.
        name: String,
        /// First bad byte.
        offset: usize,
    },
    /// A JSONL line is not a valid document.
    #[error("{name}: {reason}")]
    Parse {
        /// `file:line` (and the id when known).
        name: String,
        /// What is wrong.
        reason: String,
    },
}

#[derive(Deserialize)]
struct JsonDoc {
    id: Option<serde_json::Value>,
    date: Option<String>,
    text: Option<String>,
    title: Option<String>,
    url: Option<String>,
    publisher: Option<String>,
}

/// Parse one JSONL line. `name` is `file:line`, used in errors and as the id when none is given.
pub fn parse_json_line(line: &str, name: &str) -> Result<Document, InputError> {
    let j: JsonDoc = serde_json::from_str(line).map_err(|e| InputError::Parse {
        name: name.to_string(),
        reason: format!("invalid JSON document: {e}"),
    })?;
    let id = match j.id {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        None => name.to_string(),
        Some(other) => {
            return Err(InputError::Parse {
                name: name.to_string(),
                reason: format!("\"id\" must be a string or number, not {other}"),
            })
        }
    };
    let who = if id == name {
        name.to_string()
    } else {
        format!("{name} (id {id})")
    };
    let text = j.text.ok_or_else(|| InputError::Parse {
        name: who.clone(),
        reason: "missing \"text\"".into(),
    })?;
    let date = match j.date.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(d) => Some(
            Date::parse(
                d.get(..10)
                    .filter(|_| d.len() > 10 && d.as_bytes()[10] == b'T')
                    .unwrap_or(d),
            )
            .map_err(|e| InputError::Parse {
                name: who.clone(),
                reason: format!("bad \"date\": {e}"),
            })?,
        ),
    };
    Ok(Document {
        id,
        date,
        text,
        title: j.title,
        url: j.url,
        publisher: j.publisher,
    })
}

/// Read a text file as one document: the id is the file stem.
pub fn read_text_file(path: &Path) -> Result<Document, InputError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| InputError::Io {
        name: name.clone(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|e| InputError::Encoding {
        name: name.clone(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or(name);
    Ok(Document {
        id,
        text,
        ..Default::default()
    })
}

/// One input source, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A text file.
    Text(PathBuf),
    /// A JSONL file (or `-` for standard input).
    Jsonl(PathBuf),
}

/// Expand paths (files and folders, recursively, in sorted order) into sources. `.jsonl` and
/// `.json` files are JSONL; everything else is text. Unreadable folders are errors.
pub fn expand(paths: &[PathBuf]) -> Vec<Result<Source, InputError>> {
    let mut out = Vec::new();
    for p in paths {
        walk(p, &mut out, true);
    }
    out
}

fn walk(p: &Path, out: &mut Vec<Result<Source, InputError>>, top: bool) {
    if p.is_dir() {
        match std::fs::read_dir(p) {
            Ok(rd) => {
                let mut entries: Vec<PathBuf> =
                    rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
                entries.sort();
                for e in entries {
                    let hidden = e
                        .file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'));
                    let known = e.is_dir()
                        || matches!(
                            e.extension().and_then(|x| x.to_str()),
                            Some("txt" | "jsonl" | "json" | "text")
                        );
                    if !hidden && known {
                        walk(&e, out, false);
                    }
                }
            }
            Err(source) => out.push(Err(InputError::Io {
                name: p.display().to_string(),
                source,
            })),
        }
    } else if matches!(
        p.extension().and_then(|x| x.to_str()),
        Some("jsonl" | "json")
    ) || p.as_os_str() == "-"
    {
        out.push(Ok(Source::Jsonl(p.to_path_buf())));
    } else if top && !p.exists() {
        out.push(Err(InputError::Io {
            name: p.display().to_string(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such file or directory"),
        }));
    } else {
        out.push(Ok(Source::Text(p.to_path_buf())));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines() {
        let d = parse_json_line(r#"{"id":"a","date":"2021-04-02","text":"Hi."}"#, "f:1").unwrap();
        assert_eq!(d.id, "a");
        assert_eq!(d.date.unwrap().to_string(), "2021-04-02");
        let d = parse_json_line(r#"{"id":7,"date":"20210402","text":"Hi."}"#, "f:1").unwrap();
        assert_eq!(d.id, "7");
        let d = parse_json_line(r#"{"text":"Hi.","date":"2021-04-02T10:00:00Z"}"#, "f:3").unwrap();
        assert_eq!(d.id, "f:3");
        assert_eq!(d.date.unwrap().to_string(), "2021-04-02");
        let e = parse_json_line(r#"{"id":"b","text":"x","date":"April"}"#, "f:2")
            .unwrap_err()
            .to_string();
        assert!(e.contains("f:2 (id b)") && e.contains("date"), "{e}");
        let e = parse_json_line(r#"{"id":"c"}"#, "f:4")
            .unwrap_err()
            .to_string();
        assert!(e.contains("missing \"text\""), "{e}");
        let e = parse_json_line("{not json", "f:5").unwrap_err().to_string();
        assert!(e.starts_with("f:5: invalid JSON"), "{e}");
    }
}
