//! `#[derive(At)]` for the payload types of `showroom-protocol`: typed accessors on
//! `At<'a, Self>`, a borrowed view of the type's JSON, so a component reads a payload through
//! the same Rust type the agent built it from without deserialising it.
//!
//! - A struct with named fields gets one method per field, named like the field, returning
//!   `At<'a, FieldType>` for the JSON key serde writes (`rename_all`, `rename`; `skip` fields
//!   get none).
//! - An enum of unit variants gets `At<'a, Self>::get() -> Option<Self>` and
//!   `Self::as_str()`, the variant's name on the wire (`rename_all`, `rename`).
//!
//! Anything else (tuple structs, data-carrying variants, `flatten`, a `rename_all` this crate
//! does not know) is a compile error rather than a silently wrong name. The generated code names
//! `crate::payload::At`: it is for `showroom-protocol`'s own types.

use proc_macro::TokenStream;
use proc_macro2::TokenStream as Tokens;
use quote::quote;
use syn::{parse_macro_input, Attribute, Data, DeriveInput, Error, Fields, LitStr, Result};

#[proc_macro_derive(At, attributes(serde))]
pub fn derive_at(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    expand(&input)
        .unwrap_or_else(Error::into_compile_error)
        .into()
}

fn expand(input: &DeriveInput) -> Result<Tokens> {
    if !input.generics.params.is_empty() {
        return Err(Error::new_spanned(
            &input.generics,
            "derive(At) takes types without generic parameters",
        ));
    }
    let serde = Serde::of(&input.attrs)?;
    match &input.data {
        Data::Struct(data) => fields(input, &serde, &data.fields),
        Data::Enum(data) => {
            let mut variants = Vec::new();
            for variant in &data.variants {
                if !matches!(variant.fields, Fields::Unit) {
                    return Err(Error::new_spanned(
                        variant,
                        "derive(At) takes enums of unit variants only",
                    ));
                }
                let own = Serde::of(&variant.attrs)?;
                if own.skip {
                    continue;
                }
                let wire = match own.rename {
                    Some(name) => name,
                    None => serde.case.apply(&variant.ident.to_string(), Kind::Variant),
                };
                variants.push((&variant.ident, wire));
            }
            Ok(unit_enum(input, &variants))
        }
        Data::Union(_) => Err(Error::new_spanned(
            &input.ident,
            "derive(At) takes structs and enums",
        )),
    }
}

fn fields(input: &DeriveInput, serde: &Serde, fields: &Fields) -> Result<Tokens> {
    let Fields::Named(named) = fields else {
        return Err(Error::new_spanned(
            fields,
            "derive(At) takes structs with named fields",
        ));
    };
    let name = &input.ident;
    let mut methods = Vec::new();
    for field in &named.named {
        let own = Serde::of(&field.attrs)?;
        if own.skip {
            continue;
        }
        let ident = field.ident.as_ref().expect("named fields have names");
        // `r#type` is read as `type`.
        let rust_name = ident.to_string().trim_start_matches("r#").to_owned();
        let wire = match own.rename {
            Some(name) => name,
            None => serde.case.apply(&rust_name, Kind::Field),
        };
        let ty = &field.ty;
        let doc = format!("`{wire}`: the field `{rust_name}` of [`{name}`].");
        methods.push(quote! {
            #[doc = #doc]
            #[inline]
            pub fn #ident(self) -> crate::payload::At<'a, #ty> {
                self.field(#wire)
            }
        });
    }
    Ok(quote! {
        impl<'a> crate::payload::At<'a, #name> {
            #(#methods)*
        }
    })
}

fn unit_enum(input: &DeriveInput, variants: &[(&syn::Ident, String)]) -> Tokens {
    let name = &input.ident;
    let idents: Vec<_> = variants.iter().map(|(ident, _)| ident).collect();
    let wires: Vec<_> = variants.iter().map(|(_, wire)| wire).collect();
    quote! {
        impl #name {
            /// The variant's name on the wire (a CSS modifier, an attribute, a log line).
            pub const fn as_str(self) -> &'static str {
                match self {
                    #(#name::#idents => #wires,)*
                }
            }
        }

        impl<'a> crate::payload::At<'a, #name> {
            /// The variant, when the JSON names one (absent while streaming, or unknown).
            pub fn get(self) -> Option<#name> {
                match self.text()? {
                    #(#wires => Some(#name::#idents),)*
                    _ => None,
                }
            }
        }
    }
}

/// What a field, variant or container says to serde that changes its name on the wire.
#[derive(Default)]
struct Serde {
    case: Case,
    rename: Option<String>,
    skip: bool,
}

impl Serde {
    fn of(attrs: &[Attribute]) -> Result<Serde> {
        let mut serde = Serde::default();
        for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
            attr.parse_nested_meta(|meta| {
                let path = &meta.path;
                if path.is_ident("rename_all") {
                    let value: LitStr = meta.value()?.parse()?;
                    serde.case = Case::parse(&value)?;
                } else if path.is_ident("rename") {
                    let value: LitStr = meta.value()?.parse()?;
                    serde.rename = Some(value.value());
                } else if path.is_ident("skip") || path.is_ident("skip_deserializing") {
                    serde.skip = true;
                } else if path.is_ident("flatten")
                    || path.is_ident("tag")
                    || path.is_ident("content")
                    || path.is_ident("untagged")
                    || path.is_ident("alias")
                {
                    return Err(meta.error("derive(At) does not read this serde attribute"));
                } else if meta.input.peek(syn::Token![=]) {
                    // `default = "…"`, `skip_serializing_if = "…"`: no bearing on the name.
                    let _: syn::Lit = meta.value()?.parse()?;
                } else if meta.input.peek(syn::token::Paren) {
                    let _: proc_macro2::Group = meta.input.parse()?;
                }
                Ok(())
            })?;
        }
        Ok(serde)
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Field,
    Variant,
}

/// serde's `rename_all` rules, for the cases our payloads use.
#[derive(Clone, Copy, Default)]
enum Case {
    #[default]
    AsWritten,
    Lower,
    Camel,
    Snake,
    ScreamingSnake,
    Kebab,
}

impl Case {
    fn parse(value: &LitStr) -> Result<Case> {
        Ok(match value.value().as_str() {
            "lowercase" => Case::Lower,
            "camelCase" => Case::Camel,
            "snake_case" => Case::Snake,
            "SCREAMING_SNAKE_CASE" => Case::ScreamingSnake,
            "kebab-case" => Case::Kebab,
            _ => {
                return Err(Error::new_spanned(
                    value,
                    "derive(At) does not know this rename_all rule",
                ))
            }
        })
    }

    /// `name` as serde writes it: fields are written in snake_case, variants in PascalCase.
    fn apply(self, name: &str, kind: Kind) -> String {
        let words: Vec<String> = match kind {
            Kind::Field => name.split('_').map(str::to_owned).collect(),
            Kind::Variant => {
                let mut words: Vec<String> = Vec::new();
                for c in name.chars() {
                    match words.last_mut() {
                        Some(word) if !c.is_uppercase() => word.push(c),
                        _ => words.push(c.to_string()),
                    }
                }
                words
            }
        };
        let lower = |w: &String| w.to_lowercase();
        match self {
            Case::AsWritten => name.to_owned(),
            Case::Lower => name.to_lowercase(),
            Case::Snake => words.iter().map(lower).collect::<Vec<_>>().join("_"),
            Case::ScreamingSnake => words
                .iter()
                .map(|w| w.to_uppercase())
                .collect::<Vec<_>>()
                .join("_"),
            Case::Kebab => words.iter().map(lower).collect::<Vec<_>>().join("-"),
            Case::Camel => {
                let mut out = String::new();
                for (i, word) in words.iter().enumerate() {
                    let word = word.to_lowercase();
                    let mut chars = word.chars();
                    match chars.next() {
                        Some(first) if i > 0 => {
                            out.extend(first.to_uppercase());
                            out.push_str(chars.as_str());
                        }
                        _ => out.push_str(&word),
                    }
                }
                out
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_as_serde_writes_them() {
        let cases = [
            (Case::Camel, "tax_included", Kind::Field, "taxIncluded"),
            (Case::Camel, "pdf_url", Kind::Field, "pdfUrl"),
            (Case::Camel, "v", Kind::Field, "v"),
            (
                Case::Snake,
                "AwaitingApproval",
                Kind::Variant,
                "awaiting_approval",
            ),
            (Case::Snake, "InStock", Kind::Variant, "in_stock"),
            (Case::Lower, "Partial", Kind::Variant, "partial"),
            (
                Case::ScreamingSnake,
                "RunStarted",
                Kind::Variant,
                "RUN_STARTED",
            ),
            (Case::Kebab, "date_time", Kind::Field, "date-time"),
            (Case::Camel, "PriceChanged", Kind::Variant, "priceChanged"),
            (
                Case::AsWritten,
                "price_changed",
                Kind::Field,
                "price_changed",
            ),
        ];
        for (case, name, kind, wire) in cases {
            assert_eq!(case.apply(name, kind), wire, "{name}");
        }
    }
}
