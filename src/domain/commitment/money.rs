//! A resource's amount and currency: both or neither; a whole amount and an ISO 4217 code.

use super::Money;
use crate::domain::errors::{Field, FieldErrors};
use crate::domain::message::Message;
use crate::domain::vocab::currency::Currency;

/// The amount of resource `row` (0-based): `Some(None)` when neither amount nor currency is
/// given, `None` after recording every problem (the amount's and the currency's, each once).
pub(super) fn parse_money(
    amount_raw: &str,
    currency_raw: &str,
    row: usize,
    errors: &mut FieldErrors,
) -> Option<Option<Money>> {
    let (amount_text, currency_text) = (amount_raw.trim(), currency_raw.trim());
    let n = row + 1;
    let amount_field = Field::in_row("resource_amount", row);
    let currency_field = Field::in_row("resource_currency", row);
    let value = (!amount_text.is_empty())
        .then(|| whole_amount(amount_text, n, amount_field, errors))
        .flatten();
    let currency = (!currency_text.is_empty())
        .then(|| currency_code(currency_text, n, currency_field, errors))
        .flatten();
    match (amount_text.is_empty(), currency_text.is_empty()) {
        (true, true) => return Some(None),
        (false, true) => errors.add(
            currency_field,
            Message::new("resource-currency-missing").number("row", n),
        ),
        (true, false) => errors.add(
            amount_field,
            Message::new("resource-amount-missing").number("row", n),
        ),
        (false, false) => {}
    }
    Some(Some(Money {
        value: value?,
        currency: currency?.code().to_string(),
    }))
}

/// A whole number of 0 or more that fits the database (a signed 64-bit integer).
fn whole_amount(text: &str, n: usize, field: Field, errors: &mut FieldErrors) -> Option<u64> {
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        errors.add(
            field,
            Message::new("resource-amount-not-whole").number("row", n),
        );
        return None;
    }
    let parsed = text
        .parse::<u64>()
        .ok()
        .filter(|a| i64::try_from(*a).is_ok());
    if parsed.is_none() {
        errors.add(
            field,
            Message::new("resource-amount-too-large").number("row", n),
        );
    }
    parsed
}

/// An ISO 4217 code; a currency's name gets its code suggested ("naira" → use NGN).
fn currency_code(text: &str, n: usize, field: Field, errors: &mut FieldErrors) -> Option<Currency> {
    if let Some(currency) = Currency::from_code(text) {
        return Some(currency);
    }
    let message = match Currency::named(text) {
        Some(c) => Message::new("resource-currency-named")
            .number("row", n)
            .text("name", c.name())
            .text("code", c.code()),
        None => Message::new("resource-currency-unknown")
            .number("row", n)
            .text("value", text),
    };
    errors.add(field, message);
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(amount: &str, currency: &str) -> (Option<Option<Money>>, FieldErrors) {
        let mut errors = FieldErrors::new();
        (parse_money(amount, currency, 0, &mut errors), errors)
    }

    fn message(errors: &FieldErrors, name: &'static str) -> Message {
        errors
            .message_for(Field::in_row(name, 0))
            .cloned()
            .unwrap_or_else(|| panic!("no message for {name}: {errors:?}"))
    }

    #[test]
    fn a_resource_may_have_no_amount_and_no_currency() {
        let (money, errors) = parsed("", " ");
        assert_eq!(money, Some(None));
        assert!(errors.is_empty());
    }

    #[test]
    fn an_amount_with_an_iso_code_is_money_in_that_currency() {
        let (money, _) = parsed("1000000", "ngn");
        let money = money.flatten().unwrap();
        assert_eq!((money.value, money.currency.as_str()), (1_000_000, "NGN"));
    }

    #[test]
    fn an_amount_without_a_currency_asks_for_a_three_letter_code() {
        let (money, errors) = parsed("500", "");
        assert_eq!(money, None);
        assert_eq!(
            message(&errors, "resource_currency"),
            Message::new("resource-currency-missing").number("row", 1)
        );
    }

    #[test]
    fn a_currency_without_an_amount_asks_for_the_amount() {
        let (money, errors) = parsed("", "USD");
        assert_eq!(money, None);
        assert_eq!(
            message(&errors, "resource_amount").key,
            "resource-amount-missing"
        );
    }

    #[test]
    fn a_currency_name_is_refused_with_its_code_suggested() {
        let (_, errors) = parsed("1000000", "naira");
        let message = message(&errors, "resource_currency");
        assert_eq!(message.key, "resource-currency-named");
        assert_eq!(message.text_arg("code"), Some("NGN"));
    }

    #[test]
    fn a_made_up_code_is_refused_with_examples_of_real_ones() {
        let (_, errors) = parsed("1000000", "NAI");
        let message = message(&errors, "resource_currency");
        assert_eq!(message.key, "resource-currency-unknown");
        assert_eq!(message.text_arg("value"), Some("NAI"));
    }

    #[test]
    fn a_bad_amount_and_a_bad_currency_are_both_reported() {
        let (_, errors) = parsed("ten", "dollars");
        assert!(errors.mentions("resource_amount") && errors.mentions("resource_currency"));
    }

    #[test]
    fn amounts_too_large_to_store_say_so() {
        let (_, errors) = parsed("99999999999999999999999", "USD");
        assert_eq!(
            message(&errors, "resource_amount").key,
            "resource-amount-too-large"
        );
    }
}
