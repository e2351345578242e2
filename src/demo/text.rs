//! Template filling and date and time text for the demo-data generator.

use crate::format::format_amount;
use chrono::{Datelike, NaiveDate};
use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::themes::Theme;
use super::vocab::SECONDS_PER_DAY;
use super::words::{COMPANY_HEADS, COMPANY_TAILS, IGOS, LAST_NAMES, LEGAL_FORMS, NGO_WORDS};
use super::Ctx;
use crate::domain::record::{format_date, format_timestamp};

/// One item of a list, any one equally likely.
pub(super) fn pick<'a, T>(rng: &mut ChaCha8Rng, items: &'a [T]) -> &'a T {
    &items[rng.random_range(0..items.len())]
}

/// Replaces each `{key}` of the template and capitalises the first letter.
pub(super) fn fill(rng: &mut ChaCha8Rng, template: &str, ctx: &Ctx) -> String {
    let mut out = String::with_capacity(template.len() + 24);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}').unwrap_or(after.len());
        push_value(rng, &after[..close], ctx, &mut out);
        rest = after.get(close + 1..).unwrap_or("");
    }
    out.push_str(rest);
    capitalise(&mut out);
    out
}

fn push_value(rng: &mut ChaCha8Rng, key: &str, ctx: &Ctx, out: &mut String) {
    if let Some(pool) = word_pool(key, ctx.theme) {
        out.push_str(pick::<&str>(rng, pool));
        return;
    }
    match key {
        "place" => out.push_str(ctx.place),
        "city" => out.push_str(ctx.city),
        "country" => out.push_str(ctx.country.name),
        "year" => out.push_str(&ctx.year.to_string()),
        "s" => out.push_str(&rng.random_range(3..=40).to_string()),
        "m" => out.push_str(&(rng.random_range(2..=50) * 10).to_string()),
        "k" => out.push_str(&format_amount(u64::from(
            rng.random_range(2..=100u32) * 500,
        ))),
        "pct" => out.push_str(&(rng.random_range(2..=16) * 5).to_string()),
        "surname" => out.push_str(pick(rng, LAST_NAMES).0),
        "root" => {
            out.push_str(pick::<&str>(rng, COMPANY_HEADS));
            out.push_str(pick::<&str>(rng, COMPANY_TAILS));
        }
        _ => out.push_str(key),
    }
}

/// The word list a template key draws from, if it is a word key.
fn word_pool(key: &str, theme: &'static Theme) -> Option<&'static [&'static str]> {
    Some(match key {
        "ministry" => theme.ministries,
        "un" => theme.un,
        "sector" => theme.sectors,
        "business" => theme.businesses,
        "science" => theme.sciences,
        "igo" => IGOS,
        "ngo" => NGO_WORDS,
        "legal" => LEGAL_FORMS,
        _ => return None,
    })
}

pub(super) fn capitalise(text: &mut str) {
    if let Some(head) = text.get_mut(0..1) {
        head.make_ascii_uppercase();
    }
}

pub(super) fn date_text(day: i32) -> String {
    NaiveDate::from_num_days_from_ce_opt(day)
        .map(format_date)
        .unwrap_or_default()
}

pub(super) fn year_of(day: i32) -> i32 {
    NaiveDate::from_num_days_from_ce_opt(day).map_or(2030, |d| d.year())
}

pub(super) fn day_of(seconds: i64) -> i32 {
    i32::try_from(seconds.div_euclid(SECONDS_PER_DAY)).unwrap_or(0)
}

/// Seconds (counted from the common era) as a record timestamp.
pub(super) fn timestamp(seconds: i64) -> String {
    let secs = u32::try_from(seconds.rem_euclid(SECONDS_PER_DAY)).unwrap_or(0);
    NaiveDate::from_num_days_from_ce_opt(day_of(seconds))
        .and_then(|d| d.and_hms_opt(secs / 3_600, secs / 60 % 60, secs % 60))
        .map(format_timestamp)
        .unwrap_or_default()
}
