//! Long dates in each interface language: "7 December 2026", "7 décembre 2026", …

use chrono::{Datelike, NaiveDate};

use crate::i18n::Lang;

const ENGLISH: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const FRENCH: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

const SPANISH: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// The months as the UN's Arabic pages and documents name them: the Levantine name, then the
/// one used in Egypt and the Maghreb ("كانون الأول/ديسمبر"), so that every Arabic reader
/// recognises one; June and July spelt as the UN spells them (يونيه, يوليه).
const ARABIC: [&str; 12] = [
    "كانون الثاني/يناير",
    "شباط/فبراير",
    "آذار/مارس",
    "نيسان/أبريل",
    "أيار/مايو",
    "حزيران/يونيه",
    "تموز/يوليه",
    "آب/أغسطس",
    "أيلول/سبتمبر",
    "تشرين الأول/أكتوبر",
    "تشرين الثاني/نوفمبر",
    "كانون الأول/ديسمبر",
];

/// The name of `date`'s month in `lang`.
pub fn month_name(lang: Lang, date: NaiveDate) -> &'static str {
    let months = match lang {
        Lang::En => &ENGLISH,
        Lang::Fr => &FRENCH,
        Lang::Es => &SPANISH,
        Lang::Ar => &ARABIC,
    };
    months[date.month0() as usize]
}

/// "7 December 2026" · "1er décembre 2026" · "7 de diciembre de 2026" ·
/// "7 كانون الأول/ديسمبر 2026". Arabic keeps the digits 0–9, as the UN's Arabic pages
/// write them (and as Arabic is written in the Maghreb), rather than ٠–٩.
pub fn long_date_in(lang: Lang, date: NaiveDate) -> String {
    let (day, month, year) = (date.day(), month_name(lang, date), date.year());
    match lang {
        Lang::En => format!("{day} {month} {year}"),
        // French writes the first of the month as an ordinal: "1er janvier".
        Lang::Fr if day == 1 => format!("1er {month} {year}"),
        Lang::Fr => format!("{day} {month} {year}"),
        Lang::Es => format!("{day} de {month} de {year}"),
        Lang::Ar => format!("{day} {month} {year}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn each_language_writes_the_date_its_own_way() {
        let date = day(2026, 12, 7);
        assert_eq!(long_date_in(Lang::En, date), "7 December 2026");
        assert_eq!(long_date_in(Lang::Fr, date), "7 décembre 2026");
        assert_eq!(long_date_in(Lang::Es, date), "7 de diciembre de 2026");
        assert_eq!(long_date_in(Lang::Ar, date), "7 كانون الأول/ديسمبر 2026");
    }

    #[test]
    fn english_dates_are_what_chrono_wrote_before() {
        let mut date = day(2024, 1, 1);
        while date < day(2025, 1, 1) {
            assert_eq!(
                long_date_in(Lang::En, date),
                date.format("%-d %B %Y").to_string()
            );
            date = date.succ_opt().unwrap();
        }
    }

    #[test]
    fn the_first_of_the_month_is_an_ordinal_in_french_only() {
        let date = day(2030, 8, 1);
        assert_eq!(long_date_in(Lang::Fr, date), "1er août 2030");
        assert_eq!(long_date_in(Lang::Es, date), "1 de agosto de 2030");
        assert_eq!(long_date_in(Lang::Ar, date), "1 آب/أغسطس 2030");
    }

    #[test]
    fn every_month_has_a_name_in_every_language() {
        for lang in Lang::ALL {
            let names: std::collections::BTreeSet<&str> = (1..=12)
                .map(|m| month_name(lang, day(2026, m, 15)))
                .collect();
            assert_eq!(names.len(), 12, "{}", lang.code());
        }
        assert_eq!(month_name(Lang::Ar, day(2026, 6, 1)), "حزيران/يونيه");
    }
}
