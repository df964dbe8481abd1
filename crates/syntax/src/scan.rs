//! Light scanning of source text at the level of CPython's tokenizer, for
//! error reporting: strings and comments skipped, bracket nesting and its
//! errors ("unmatched ')'", mismatched or never-closed brackets), number
//! literals glued to names ("invalid decimal literal"), and the bounds of
//! statements and expressions around an error position.

/// The first non-blank byte of the logical line holding `at` (going back
/// over lines that continue inside brackets).
pub(crate) fn statement_start(source: &str, at: usize) -> usize {
    let at = at.min(source.len());
    let mut start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    while start > 0 && bracket_depth_at(source, start) > 0 {
        start = source[..start - 1].rfind('\n').map_or(0, |i| i + 1);
    }
    let rest = &source[start..];
    start + (rest.len() - rest.trim_start_matches([' ', '\t', '\x0c']).len())
}

/// Byte offset of the end of the line holding `at` (before its newline).
pub(crate) fn line_end(source: &str, at: usize) -> usize {
    let at = at.min(source.len());
    source[at..].find('\n').map_or(source.len(), |i| at + i)
}

/// The innermost bracket open at byte `at`.
pub(crate) fn innermost_open(source: &str, at: usize) -> Option<u8> {
    let mut stack = Vec::new();
    walk_code(&source[..at.min(source.len())], |_, c| match c {
        b'(' | b'[' | b'{' => stack.push(c),
        b')' | b']' | b'}' => {
            stack.pop();
        }
        _ => {}
    });
    stack.last().copied()
}

/// The length of the token `rest` starts with (names and numbers whole,
/// operators by longest match).
pub(crate) fn token_len(rest: &str) -> usize {
    let word = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    if word > 0 {
        return word;
    }
    for op in [
        "**=", "//=", ">>=", "<<=", "...", "**", "//", "==", "!=", "<=", ">=", "<<", ">>", "->",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":=",
    ] {
        if rest.starts_with(op) {
            return op.len();
        }
    }
    rest.chars().next().map_or(0, char::len_utf8)
}

/// The bracket nesting depth at byte `at` (strings and comments skipped).
pub(crate) fn bracket_depth_at(source: &str, at: usize) -> usize {
    let mut depth = 0usize;
    walk_code(&source[..at.min(source.len())], |_, c| match c {
        b'(' | b'[' | b'{' => depth += 1,
        b')' | b']' | b'}' => depth = depth.saturating_sub(1),
        _ => {}
    });
    depth
}

/// Where the expression that ends just before `at` starts: after the
/// nearest unmatched opening bracket, comma, '=' or ':' (at the same
/// depth), or the start of its statement; leading whitespace skipped.
pub(crate) fn expr_start_before(source: &str, at: usize) -> usize {
    let stmt = statement_start(source, at);
    let b = source.as_bytes();
    let mut depth = 0i32;
    let mut i = at.min(b.len());
    let mut cut = stmt;
    while i > stmt {
        i -= 1;
        match b[i] {
            b')' | b']' | b'}' => depth += 1,
            b'(' | b'[' | b'{' => {
                if depth == 0 {
                    cut = i + 1;
                    break;
                }
                depth -= 1;
            }
            b',' | b':' | b';' if depth == 0 => {
                cut = i + 1;
                break;
            }
            b'=' if depth == 0 => {
                let prev = if i > 0 { b[i - 1] } else { b' ' };
                let next = b.get(i + 1).copied().unwrap_or(b' ');
                if next != b'=' && !b"=!<>".contains(&prev) {
                    cut = i + 1;
                    break;
                }
            }
            _ => {}
        }
    }
    let rest = &source[cut..];
    cut + (rest.len() - rest.trim_start().len())
}

/// Where the expression starting at `at` ends: before the next comma,
/// closing bracket, ':' or '=' at its own depth, or the end of the line.
pub(crate) fn expr_end_after(source: &str, at: usize) -> usize {
    let b = source.as_bytes();
    let mut depth = 0i32;
    let mut i = at.min(b.len());
    while i < b.len() {
        match b[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            b',' | b':' | b';' | b'=' | b'#' if depth == 0 => break,
            b'\n' if depth == 0 => break,
            _ => {}
        }
        i += 1;
    }
    source[..i].trim_end().len().max(at)
}

/// Whether a line has a top-level '=' that is not part of a comparison or
/// keyword argument (outside brackets and strings).
pub(crate) fn has_assignment(line: &str) -> bool {
    let b = line.as_bytes();
    let mut depth = 0i32;
    let mut quote: Option<u8> = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if let Some(q) = quote {
            if c == b'\\' {
                i += 1;
            } else if c == q {
                quote = None;
            }
        } else {
            match c {
                b'\'' | b'"' => quote = Some(c),
                b'#' => return false,
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth -= 1,
                b'=' if depth == 0 => {
                    let prev = if i > 0 { b[i - 1] } else { b' ' };
                    let next = b.get(i + 1).copied().unwrap_or(b' ');
                    if next != b'=' && !b"=!<>:".contains(&prev) {
                        return true;
                    }
                    if next == b'=' {
                        i += 1;
                    }
                }
                _ => {}
            }
        }
        i += 1;
    }
    false
}

/// 1-based line of byte offset `at`.
pub(crate) fn line_of(source: &str, at: usize) -> usize {
    source.as_bytes()[..at.min(source.len())]
        .iter()
        .filter(|&&c| c == b'\n')
        .count()
        + 1
}

/// The line where the compound statement whose header ends before `at`
/// starts: back over blank and comment lines to the header's last line,
/// then to the start of its logical line.
pub(crate) fn header_line(source: &str, at: usize) -> usize {
    let at = at.min(source.len());
    let mut line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    while line_start > 0 {
        let prev = source[..line_start - 1].rfind('\n').map_or(0, |i| i + 1);
        let t = source[prev..line_start].trim();
        line_start = prev;
        if !t.is_empty() && !t.starts_with('#') {
            break;
        }
    }
    line_of(source, statement_start(source, line_start))
}

/// Calls `f(offset, byte)` for each byte of `source` outside strings and
/// comments.
pub(crate) fn walk_code(source: &str, mut f: impl FnMut(usize, u8)) {
    let b = source.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'\'' | b'"' => {
                let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                i += if triple { 3 } else { 1 };
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if !triple && b[i] == b'\n' {
                        break;
                    }
                    if b[i] == c
                        && (!triple || (b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c)))
                    {
                        i += if triple { 3 } else { 1 };
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            _ => f(i, c),
        }
        i += 1;
    }
}

/// Scans the number literal starting at `i`: its end, and CPython's
/// tokenizer error if an identifier character follows it directly.
pub(crate) fn check_number(b: &[u8], i: usize) -> (usize, Option<(String, usize)>) {
    let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80;
    let mut j = i;
    let prefixed =
        b[i] == b'0' && matches!(b.get(i + 1), Some(b'x' | b'X' | b'o' | b'O' | b'b' | b'B'));
    let kind = if prefixed {
        let kind = match b[i + 1] {
            b'x' | b'X' => "hexadecimal",
            b'o' | b'O' => "octal",
            _ => "binary",
        };
        j += 2;
        while j < b.len() && (b[j].is_ascii_hexdigit() || b[j] == b'_') {
            if kind != "hexadecimal" && !b[j].is_ascii_digit() && b[j] != b'_' {
                break;
            }
            j += 1;
        }
        kind
    } else {
        // Digits with single underscores between them; a bad '_' is the
        // error position.
        let digits = |j: &mut usize| -> Option<usize> {
            while *j < b.len() && (b[*j].is_ascii_digit() || b[*j] == b'_') {
                if b[*j] == b'_' && !b.get(*j + 1).is_some_and(u8::is_ascii_digit) {
                    return Some(*j);
                }
                *j += 1;
            }
            None
        };
        if let Some(bad) = digits(&mut j) {
            return (bad + 1, Some(("invalid decimal literal".into(), bad)));
        }
        let int_end = j;
        if j < b.len() && b[j] == b'.' {
            j += 1;
            if let Some(bad) = digits(&mut j) {
                return (bad + 1, Some(("invalid decimal literal".into(), bad)));
            }
        }
        if j < b.len() && (b[j] == b'e' || b[j] == b'E') {
            let mut k = j + 1;
            if k < b.len() && (b[k] == b'+' || b[k] == b'-') {
                k += 1;
            }
            if k < b.len() && b[k].is_ascii_digit() {
                j = k;
                if let Some(bad) = digits(&mut j) {
                    return (bad + 1, Some(("invalid decimal literal".into(), bad)));
                }
            }
        }
        // `0777`: an integer (not a float or imaginary) with leading zeros.
        let plain_int = j == int_end && !matches!(b.get(j), Some(b'j' | b'J'));
        if plain_int && b[i] == b'0' && b[i..j].iter().any(|&c| c.is_ascii_digit() && c != b'0') {
            return (
                j,
                Some((
                    "leading zeros in decimal integer literals are not permitted; \
                     use an 0o prefix for octal integers"
                        .into(),
                    i,
                )),
            );
        }
        if j < b.len() && (b[j] == b'j' || b[j] == b'J') {
            j += 1;
            "imaginary"
        } else {
            "decimal"
        }
    };
    if j < b.len() && is_ident(b[j]) && j > i {
        let word_end = (j..b.len()).find(|&k| !is_ident(b[k])).unwrap_or(b.len());
        let word = std::str::from_utf8(&b[j..word_end]).unwrap_or("");
        // `1if x else y` and friends only warn.
        let keyword_like = ["and", "else", "for", "if", "in", "is", "not", "or"]
            .iter()
            .any(|k| word.starts_with(k));
        if !(kind == "decimal" && keyword_like) {
            return (j, Some((format!("invalid {kind} literal"), j - 1)));
        }
    }
    (j, None)
}

/// What CPython's tokenizer says about the file's brackets.
pub(crate) enum BracketScan {
    Balanced,
    /// A tokenizer error: message and byte offset.
    Mismatch(String, usize),
    /// The innermost bracket open at the end: character and offset.
    Unclosed(char, usize),
}

pub(crate) fn scan_brackets(source: &str) -> BracketScan {
    let mut stack: Vec<(u8, usize)> = Vec::new();
    let mut error: Option<(String, usize)> = None;
    let bytes = source.as_bytes();
    let mut skip_to = 0usize;
    walk_code(source, |i, c| {
        if error.is_some() || i < skip_to {
            return;
        }
        let token_start = i == 0
            || !(bytes[i - 1].is_ascii_alphanumeric()
                || bytes[i - 1] == b'_'
                || bytes[i - 1] >= 0x80);
        if c.is_ascii_digit() && token_start {
            let (end, e) = check_number(bytes, i);
            skip_to = end;
            error = e;
            return;
        }
        match c {
            b'(' | b'[' | b'{' => stack.push((c, i)),
            b')' | b']' | b'}' => {
                let close = c as char;
                match stack.pop() {
                    None => error = Some((format!("unmatched '{close}'"), i)),
                    Some((open, at)) => {
                        let expected = match open {
                            b'(' => b')',
                            b'[' => b']',
                            _ => b'}',
                        };
                        if c != expected {
                            let open = open as char;
                            let (lo, lc) = (line_of(source, at), line_of(source, i));
                            let msg = if lo == lc {
                                format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'")
                            } else {
                                format!("closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {lo}")
                            };
                            error = Some((msg, i));
                        }
                    }
                }
            }
            _ => {}
        }
    });
    if let Some((m, at)) = error {
        return BracketScan::Mismatch(m, at);
    }
    match stack.last() {
        Some(&(c, at)) => BracketScan::Unclosed(c as char, at),
        None => BracketScan::Balanced,
    }
}

/// The string literal (prefix included) that contains byte `at`, as a
/// byte range; an unterminated one ends at its line's end.
pub(crate) fn string_token_around(source: &str, at: usize) -> Option<(usize, usize)> {
    let b = source.as_bytes();
    let mut i = 0;
    while i < b.len() && i <= at {
        let c = b[i];
        if c == b'#' {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if c == b'\'' || c == b'"' {
            let mut s = i;
            while s > 0 && b[s - 1].is_ascii_alphabetic() {
                s -= 1;
            }
            let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
            let mut j = i + if triple { 3 } else { 1 };
            let mut end = None;
            while j < b.len() {
                if b[j] == b'\\' {
                    j += 2;
                    continue;
                }
                if !triple && b[j] == b'\n' {
                    break;
                }
                if b[j] == c && (!triple || (b.get(j + 1) == Some(&c) && b.get(j + 2) == Some(&c)))
                {
                    end = Some(j + if triple { 3 } else { 1 });
                    break;
                }
                j += 1;
            }
            let e = end.unwrap_or(j.min(b.len()));
            if s <= at && at < e.max(s + 1) {
                return Some((s, e));
            }
            i = e.max(i + 1);
            continue;
        }
        i += 1;
    }
    None
}

/// CPython's TabError: the first line whose indentation compares
/// differently with tabs as 8 columns and as 1 (byte offset of the line).
pub(crate) fn tab_error(source: &str) -> Option<usize> {
    let b = source.as_bytes();
    let mut starts = vec![0usize];
    let mut depth = 0i32;
    walk_code(source, |i, c| match c {
        b'(' | b'[' | b'{' => depth += 1,
        b')' | b']' | b'}' => depth -= 1,
        b'\n' if depth <= 0 && !(i > 0 && b[i - 1] == b'\\') => starts.push(i + 1),
        _ => {}
    });
    let mut stack: Vec<(usize, usize)> = vec![(0, 0)];
    for start in starts {
        let (mut col, mut alt, mut k) = (0usize, 0usize, start);
        while k < b.len() {
            match b[k] {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            k += 1;
        }
        if k >= b.len() || matches!(b[k], b'#' | b'\n' | b'\r') {
            continue;
        }
        let &(top, top_alt) = stack.last().unwrap_or(&(0, 0));
        if col == top {
            if alt != top_alt {
                return Some(start);
            }
        } else if col > top {
            if alt <= top_alt {
                return Some(start);
            }
            stack.push((col, alt));
        } else {
            while stack.len() > 1 && col < stack.last().map_or(0, |t| t.0) {
                stack.pop();
            }
            let &(top, top_alt) = stack.last().unwrap_or(&(0, 0));
            if col != top {
                return None; // "unindent does not match": the parser reports it
            }
            if alt != top_alt {
                return Some(start);
            }
        }
    }
    None
}
