//! `str.format` / `format_map` template parsing: [`MarkupParser`] splits a
//! template into literals and replacement fields lazily (CPython reports
//! errors only when it reaches them), [`parse_field_name`] /
//! [`FieldNameParser`] split `0.attr[key]`, [`AutoNumbering`] enforces the
//! automatic/manual numbering rule, and [`format_with`] drives the whole
//! expansion (nested `{}` in specs included) through a [`FormatHandler`].

use super::error::{FmtResult, FormatError, MAX_RECURSION};
use super::format_spec::code_for_message;

/// The first part of a field name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldFirst {
    /// `{}` or `{.attr}`: the next automatic index.
    Auto,
    /// `{0}`: a positional index.
    Index(usize),
    /// `{name}`: a keyword argument.
    Keyword(String),
}

/// What `[key]` looks up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemKey {
    /// All digits: an int key.
    Int(usize),
    /// Anything else: a str key.
    Str(String),
}

/// One accessor after the first part of a field name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Accessor {
    /// `.name`
    Attr(String),
    /// `[key]`
    Item(ItemKey),
}

/// A fully parsed field name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldName {
    /// The argument it starts from.
    pub first: FieldFirst,
    /// Attribute and item accessors, in order.
    pub accessors: Vec<Accessor>,
}

/// A replacement field as it appears in the template (name unparsed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawField {
    /// The field name text (`0.x[1]`).
    pub name: String,
    /// The `!` conversion character, if any (unvalidated).
    pub conversion: Option<char>,
    /// The raw format spec (may contain nested `{}` fields).
    pub spec: String,
}

/// A piece of a template, as yielded by [`MarkupParser`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Markup {
    /// Literal text (`{{`/`}}` already unescaped).
    Literal(String),
    /// A replacement field.
    Field(RawField),
}

/// A replacement field with its name parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatField {
    /// The parsed field name.
    pub name: FieldName,
    /// The `!` conversion character, if any (unvalidated).
    pub conversion: Option<char>,
    /// The raw format spec (may contain nested `{}` fields).
    pub spec: String,
}

/// A piece of a template, as returned by [`parse_format_string`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatPiece {
    /// Literal text.
    Literal(String),
    /// A replacement field.
    Field(FormatField),
}

fn value_error(message: &str) -> FormatError {
    FormatError::value(message)
}

/// Lazily splits a template into [`Markup`] pieces.
pub struct MarkupParser {
    chars: Vec<char>,
    pos: usize,
    failed: bool,
}

impl MarkupParser {
    /// A parser over `template`.
    pub fn new(template: &str) -> Self {
        Self {
            chars: template.chars().collect(),
            pos: 0,
            failed: false,
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn literal(&mut self) -> FmtResult<String> {
        let mut text = String::new();
        while let Some(c) = self.peek() {
            let next = self.chars.get(self.pos + 1).copied();
            match (c, next) {
                ('{', Some('{')) | ('}', Some('}')) => self.pos += 1,
                ('{', _) => break,
                ('}', _) => return Err(value_error("Single '}' encountered in format string")),
                _ => {}
            }
            text.push(c);
            self.pos += 1;
        }
        Ok(text)
    }

    /// Reads the field name up to `:`, `!` or `}` (brackets protect all three).
    fn field_name(&mut self) -> FmtResult<String> {
        let mut name = String::new();
        let mut in_brackets = false;
        loop {
            let c = self
                .peek()
                .ok_or_else(|| value_error("expected '}' before end of string"))?;
            if in_brackets {
                in_brackets = c != ']';
            } else {
                match c {
                    ':' | '!' | '}' => return Ok(name),
                    '{' => return Err(value_error("unexpected '{' in field name")),
                    '[' => in_brackets = true,
                    _ => {}
                }
            }
            name.push(c);
            self.pos += 1;
        }
    }

    /// Reads the spec after `:` through the matching `}` (consumed).
    fn spec(&mut self) -> FmtResult<String> {
        let mut spec = String::new();
        let mut depth = 1;
        loop {
            let c = self
                .peek()
                .ok_or_else(|| value_error("unmatched '{' in format spec"))?;
            self.pos += 1;
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            if depth == 0 {
                return Ok(spec);
            }
            spec.push(c);
        }
    }

    fn field(&mut self) -> FmtResult<RawField> {
        self.pos += 1; // the '{'
        if self.peek().is_none() {
            return Err(value_error("Single '{' encountered in format string"));
        }
        let name = self.field_name()?;
        let mut conversion = None;
        let mut delimiter = self.peek();
        self.pos += 1;
        if delimiter == Some('!') {
            let c = self.peek().ok_or_else(|| {
                value_error("end of string while looking for conversion specifier")
            })?;
            conversion = Some(c);
            self.pos += 1;
            delimiter = self.peek();
            self.pos += 1;
            match delimiter {
                None => return Err(value_error("unmatched '{' in format spec")),
                Some(':' | '}') => {}
                Some(_) => return Err(value_error("expected ':' after conversion specifier")),
            }
        }
        let spec = if delimiter == Some(':') {
            self.spec()?
        } else {
            String::new()
        };
        Ok(RawField {
            name,
            conversion,
            spec,
        })
    }
}

impl Iterator for MarkupParser {
    type Item = FmtResult<Markup>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.chars.len() {
            return None;
        }
        let item = match self.literal() {
            Ok(text) if !text.is_empty() => Ok(Markup::Literal(text)),
            Ok(_) => self.field().map(Markup::Field),
            Err(e) => Err(e),
        };
        self.failed = item.is_err();
        Some(item)
    }
}

fn parse_index(text: &str) -> FmtResult<Option<usize>> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    text.parse::<usize>()
        .ok()
        .filter(|v| *v <= isize::MAX as usize)
        .map(Some)
        .ok_or_else(|| value_error("Too many decimal digits in format string"))
}

/// Lazily parses the accessors of a field name (CPython applies each one
/// before parsing the next, so errors surface in that order).
pub struct FieldNameParser {
    chars: Vec<char>,
    pos: usize,
    failed: bool,
}

impl FieldNameParser {
    /// Splits off the first part; the parser then yields the accessors.
    pub fn new(name: &str) -> FmtResult<(FieldFirst, Self)> {
        let chars: Vec<char> = name.chars().collect();
        let end = chars
            .iter()
            .position(|c| *c == '.' || *c == '[')
            .unwrap_or(chars.len());
        let first_text: String = chars[..end].iter().collect();
        let first = match parse_index(&first_text)? {
            Some(i) => FieldFirst::Index(i),
            None if first_text.is_empty() => FieldFirst::Auto,
            None => FieldFirst::Keyword(first_text),
        };
        let parser = Self {
            chars,
            pos: end,
            failed: false,
        };
        Ok((first, parser))
    }

    fn take_until(&mut self, stop: &[char]) -> String {
        let start = self.pos;
        while self.pos < self.chars.len() && !stop.contains(&self.chars[self.pos]) {
            self.pos += 1;
        }
        self.chars[start..self.pos].iter().collect()
    }

    fn accessor(&mut self) -> FmtResult<Accessor> {
        let c = self.chars.get(self.pos).copied();
        self.pos += 1;
        match c {
            Some('.') => {
                let name = self.take_until(&['.', '[']);
                if name.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                Ok(Accessor::Attr(name))
            }
            Some('[') => {
                let key = self.take_until(&[']']);
                if self.chars.get(self.pos) != Some(&']') {
                    return Err(value_error("Missing ']' in format string"));
                }
                self.pos += 1;
                if key.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                if !matches!(self.chars.get(self.pos), None | Some('.' | '[')) {
                    return Err(value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                }
                Ok(match parse_index(&key)? {
                    Some(i) => Accessor::Item(ItemKey::Int(i)),
                    None => Accessor::Item(ItemKey::Str(key)),
                })
            }
            _ => Err(value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            )),
        }
    }
}

impl Iterator for FieldNameParser {
    type Item = FmtResult<Accessor>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.chars.len() {
            return None;
        }
        let item = self.accessor();
        self.failed = item.is_err();
        Some(item)
    }
}

/// Parses a whole field name eagerly.
pub fn parse_field_name(name: &str) -> FmtResult<FieldName> {
    let (first, rest) = FieldNameParser::new(name)?;
    Ok(FieldName {
        first,
        accessors: rest.collect::<FmtResult<_>>()?,
    })
}

/// Parses a whole template eagerly (field names included; the first error
/// wins). Use [`format_with`] for CPython's exact error ordering.
pub fn parse_format_string(template: &str) -> FmtResult<Vec<FormatPiece>> {
    MarkupParser::new(template)
        .map(|piece| {
            Ok(match piece? {
                Markup::Literal(text) => FormatPiece::Literal(text),
                Markup::Field(raw) => FormatPiece::Field(FormatField {
                    name: parse_field_name(&raw.name)?,
                    conversion: raw.conversion,
                    spec: raw.spec,
                }),
            })
        })
        .collect()
}

/// Where a field's value comes from once numbering is resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldKey {
    /// A positional argument.
    Index(usize),
    /// A keyword argument.
    Keyword(String),
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum NumberingMode {
    #[default]
    Unknown,
    Auto,
    Manual,
}

/// The automatic-vs-manual field numbering state of one `str.format` call
/// (shared by nested specs).
#[derive(Clone, Debug, Default)]
pub struct AutoNumbering {
    mode: NumberingMode,
    next: usize,
}

impl AutoNumbering {
    /// Resolves a field's first part, enforcing CPython's switching rule.
    pub fn resolve(&mut self, first: &FieldFirst) -> FmtResult<FieldKey> {
        match first {
            FieldFirst::Keyword(k) => Ok(FieldKey::Keyword(k.clone())),
            FieldFirst::Auto => {
                if self.mode == NumberingMode::Manual {
                    return Err(value_error(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                self.mode = NumberingMode::Auto;
                self.next += 1;
                Ok(FieldKey::Index(self.next - 1))
            }
            FieldFirst::Index(i) => {
                if self.mode == NumberingMode::Auto {
                    return Err(value_error(
                        "cannot switch from automatic field numbering to manual field specification",
                    ));
                }
                self.mode = NumberingMode::Manual;
                Ok(FieldKey::Index(*i))
            }
        }
    }
}

/// The object-level operations [`format_with`] needs from the VM.
pub trait FormatHandler {
    /// The VM's value type.
    type Value;
    /// The VM's error type.
    type Error: From<FormatError>;
    /// Fetches the argument a field starts from.
    fn lookup(&mut self, key: &FieldKey) -> Result<Self::Value, Self::Error>;
    /// `getattr(value, name)`.
    fn attr(&mut self, value: Self::Value, name: &str) -> Result<Self::Value, Self::Error>;
    /// `value[key]`.
    fn item(&mut self, value: Self::Value, key: &ItemKey) -> Result<Self::Value, Self::Error>;
    /// `repr`/`str`/`ascii` for `conversion` `'r'`, `'s'`, `'a'`.
    fn convert(&mut self, value: Self::Value, conversion: char)
        -> Result<Self::Value, Self::Error>;
    /// `format(value, spec)`.
    fn format(&mut self, value: Self::Value, spec: &str) -> Result<String, Self::Error>;
}

/// Expands a `str.format` template, calling `handler` for each field in
/// CPython's order (lookup, accessors, conversion, nested spec, format).
pub fn format_with<H: FormatHandler>(template: &str, handler: &mut H) -> Result<String, H::Error> {
    let mut numbering = AutoNumbering::default();
    expand(template, 2, &mut numbering, handler)
}

fn expand<H: FormatHandler>(
    template: &str,
    depth: usize,
    numbering: &mut AutoNumbering,
    handler: &mut H,
) -> Result<String, H::Error> {
    if depth == 0 {
        return Err(value_error(MAX_RECURSION).into());
    }
    let mut out = String::new();
    for piece in MarkupParser::new(template) {
        match piece? {
            Markup::Literal(text) => out.push_str(&text),
            Markup::Field(field) => {
                out.push_str(&render_field(&field, depth, numbering, handler)?);
            }
        }
    }
    Ok(out)
}

fn render_field<H: FormatHandler>(
    field: &RawField,
    depth: usize,
    numbering: &mut AutoNumbering,
    handler: &mut H,
) -> Result<String, H::Error> {
    let (first, accessors) = FieldNameParser::new(&field.name)?;
    let key = numbering.resolve(&first)?;
    let mut value = handler.lookup(&key)?;
    for accessor in accessors {
        value = match accessor? {
            Accessor::Attr(name) => handler.attr(value, &name)?,
            Accessor::Item(key) => handler.item(value, &key)?,
        };
    }
    match field.conversion {
        None | Some('\0') => {}
        Some(c @ ('r' | 's' | 'a')) => value = handler.convert(value, c)?,
        Some(c) => {
            return Err(FormatError::value(format!(
                "Unknown conversion specifier {}",
                code_for_message(c)
            ))
            .into())
        }
    }
    let spec = if field.spec.contains('{') {
        expand(&field.spec, depth - 1, numbering, handler)?
    } else {
        field.spec.clone()
    };
    handler.format(value, &spec)
}
