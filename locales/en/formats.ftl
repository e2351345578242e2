# Dates, numbers and languages of content (src/format.rs, src/i18n/names.rs). Month names and
# thousands separators are in src/format/; country and language names in countries.tsv and
# languages.tsv beside this file.

# A time and a date: "14:05 UTC on 8 December 2026".
format-time-on-date = { $time } UTC on { $date }
# The record's `language` that is not an ISO 639-1 code (import, API, forms).
language-unknown = Language "{ $value }" is not an ISO 639-1 language code: use two letters, such as en, fr, es or ar, or leave it empty
# The registration and edit form's question.
language-field-section = Language
language-field-label = Language of this commitment’s text
language-field-hint = The language the title and descriptions are written in. It helps readers and screen readers of other languages.
language-field-unknown = Not stated
