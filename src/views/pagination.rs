//! Numbered pages for a list: first, previous, a window of numbers around the current page,
//! next, last; and the per-page choices.

use crate::i18n::Arg;

/// How many page numbers show on each side of the current one.
const WINDOW: u32 = 2;

/// The per-page choices offered under the results.
pub const PER_PAGE_CHOICES: [u32; 3] = [20, 50, 100];

/// One entry of the page list: a page number, or a gap ("…") between numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageItem {
    Number(u32),
    Gap,
}

/// The numbers to show for page `current` of `pages`: 1, the window around `current`, the last
/// page, with a gap wherever numbers are skipped.
pub fn page_items(current: u32, pages: u32) -> Vec<PageItem> {
    let pages = pages.max(1);
    let current = current.clamp(1, pages);
    let mut from = current.saturating_sub(WINDOW).max(1);
    let mut to = (current + WINDOW).min(pages);
    // A gap never stands for a single number: show that number instead.
    if from == 3 {
        from = 2;
    }
    if to + 2 == pages {
        to = pages - 1;
    }
    let mut items = Vec::new();
    if from > 1 {
        items.push(PageItem::Number(1));
        if from > 2 {
            items.push(PageItem::Gap);
        }
    }
    items.extend((from..=to).map(PageItem::Number));
    if to < pages {
        if to + 1 < pages {
            items.push(PageItem::Gap);
        }
        items.push(PageItem::Number(pages));
    }
    items
}

/// "Page 2 of 7" in the page's language (counts, grouped: "Page 1 of 5,000"): the message `key` with `page` and `pages` (templates
/// hand numbers over by value or by reference).
pub fn page_of(key: &str, page: impl Into<Arg>, pages: impl Into<Arg>) -> String {
    let (page, pages) = (crate::i18n::count(page), crate::i18n::count(pages));
    crate::i18n::text_with(key, &[("page", page), ("pages", pages)])
}

/// A link of the page list, ready for the template.
#[derive(Debug, Clone)]
pub struct PageLink {
    /// The page number; `None` for a gap.
    pub number: Option<u32>,
    pub url: String,
    pub current: bool,
}

/// The page list of page `current` of `pages`, each number linked with `url`.
pub fn page_links(current: u32, pages: u32, url: impl Fn(u32) -> String) -> Vec<PageLink> {
    page_items(current, pages)
        .into_iter()
        .map(|item| match item {
            PageItem::Number(n) => PageLink {
                number: Some(n),
                url: url(n),
                current: n == current,
            },
            PageItem::Gap => PageLink {
                number: None,
                url: String::new(),
                current: false,
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::PageItem::{Gap, Number};
    use super::*;

    #[test]
    fn a_few_pages_are_all_numbered() {
        assert_eq!(page_items(1, 1), [Number(1)]);
        assert_eq!(
            page_items(2, 4),
            [Number(1), Number(2), Number(3), Number(4)]
        );
    }

    #[test]
    fn many_pages_show_the_ends_and_a_window_around_the_current_one() {
        assert_eq!(
            page_items(10, 40),
            [
                Number(1),
                Gap,
                Number(8),
                Number(9),
                Number(10),
                Number(11),
                Number(12),
                Gap,
                Number(40)
            ]
        );
        assert_eq!(
            page_items(1, 40),
            [Number(1), Number(2), Number(3), Gap, Number(40)]
        );
        assert_eq!(
            page_items(5, 10),
            [
                Number(1),
                Number(2),
                Number(3),
                Number(4),
                Number(5),
                Number(6),
                Number(7),
                Gap,
                Number(10)
            ],
            "no gap stands for a single number"
        );
    }
}
