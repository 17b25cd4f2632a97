//! The check of entity cases written as (text, name, want): each text tagged alone, the wrong cases listed
//! together. Shared by the entity rounds (`tests/entities_round27.rs`, `tests/entities_round28.rs`,
//! included with `#[path]`).
#![allow(dead_code)]

/// Entities of one short text, as (text, label).
pub fn tag(text: &str) -> Vec<(String, String)> {
    naba::entity::find_entities(text).into_iter().map(|e| (e.text, e.label.as_str().to_string())).collect()
}

/// What a case asks of a name.
pub enum Want {
    /// This exact entity with this label.
    Is(&'static str),
    /// No entity of this label holds the text (`"ANY"`: no entity at all).
    Not(&'static str),
    /// No entity starts with the text: a word's first letter is not cut off as a clitic (the text is
    /// the word without it: `كيلة` of `وكيلة`).
    Uncut,
}

/// Runs (text, name, want) cases and lists the wrong ones.
pub fn check(cases: &[(&str, &str, Want)]) {
    let mut wrong = Vec::new();
    for (text, name, want) in cases {
        let found = tag(text);
        let right = match want {
            Want::Is(label) => found.iter().any(|(t, l)| t == name && l == label),
            Want::Not(label) => !found.iter().any(|(t, l)| t.contains(name) && (*label == "ANY" || l == label)),
            Want::Uncut => !found.iter().any(|(t, _)| t.starts_with(name)),
        };
        if !right {
            wrong.push(format!("{text}: {name} in {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "help:\n{}", wrong.join("\n"));
}
