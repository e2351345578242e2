//! The closed vocabularies of the registry (categories, regions, entity types, …) as enums with slugs and labels.

pub mod country;
mod country_regions;
pub mod currency;
pub mod language;
pub mod sdg;

/// Declares a vocabulary: an enum whose variants each have a URL/JSON slug and a human label.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident $prefix:literal { $($variant:ident => ($slug:literal, $label:literal)),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in the order the registry lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The slug used in URLs, forms and records.
            pub fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }

            /// The label shown to people.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// The key of the label in `locales/<lang>/vocab.ftl`: prefix and slug.
            pub fn message_key(self) -> &'static str {
                match self { $($name::$variant => concat!($prefix, "-", $slug)),+ }
            }

            /// Reads a slug; `None` when it is not one of this vocabulary's.
            pub fn from_slug(slug: &str) -> Option<Self> {
                match slug { $($slug => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.slug())
            }
        }
    };
}

vocabulary!(
    /// The kind of initiative.
    Category "category" {
        Partnership => ("partnership", "Partnership"),
        VoluntaryCommitment => ("voluntary-commitment", "Voluntary commitment"),
        GoodPractice => ("good-practice", "Good practice"),
    }
);

vocabulary!(
    /// The UN regional groupings used by the registry.
    Region "region" {
        Africa => ("africa", "Africa"),
        AsiaPacific => ("asia-pacific", "Asia and the Pacific"),
        Europe => ("europe", "Europe"),
        LatinAmericaCaribbean => ("latin-america-caribbean", "Latin America and the Caribbean"),
        NorthAmerica => ("north-america", "North America"),
        WestAsia => ("west-asia", "West Asia"),
        Global => ("global", "Global"),
    }
);

vocabulary!(
    /// The type of an organisation: the lead entity or a partner.
    EntityType "entity-type" {
        Government => ("government", "Government"),
        LocalGovernment => ("local-government", "Local government"),
        UnEntity => ("un-entity", "UN entity"),
        IntergovernmentalOrganization => ("intergovernmental-organization", "Intergovernmental organization"),
        Ngo => ("ngo", "NGO"),
        CivilSociety => ("civil-society", "Civil society"),
        PrivateSector => ("private-sector", "Private sector"),
        Academic => ("academic", "Academic institution"),
        ScientificCommunity => ("scientific-community", "Scientific community"),
        Philanthropic => ("philanthropic", "Philanthropic organization"),
        Partnership => ("partnership", "Partnership"),
        Other => ("other", "Other"),
    }
);

vocabulary!(
    /// Means of implementation.
    Method "method" {
        Financing => ("financing", "Financing"),
        CapacityBuilding => ("capacity-building", "Capacity building"),
        Technology => ("technology", "Technology"),
        Policy => ("policy", "Policy"),
        Partnership => ("partnership", "Partnership"),
        DataMonitoring => ("data-monitoring", "Data and monitoring"),
        Trade => ("trade", "Trade"),
    }
);

vocabulary!(
    /// Where a deliverable stands.
    DeliverableStatus "deliverable-status" {
        Planned => ("planned", "Planned"),
        InProgress => ("in-progress", "In progress"),
        Completed => ("completed", "Completed"),
        Cancelled => ("cancelled", "Cancelled"),
    }
);

vocabulary!(
    /// The kind of resource committed.
    ResourceKind "resource-kind" {
        Financing => ("financing", "Financing"),
        InKind => ("in-kind", "In-kind contribution"),
        Staff => ("staff", "Staff / technical expertise"),
        Other => ("other", "Other"),
    }
);

vocabulary!(
    /// How a progress report judges the commitment.
    ReportStatus "report-status" {
        OnTrack => ("on-track", "On track"),
        OffTrack => ("off-track", "Off track"),
        Achieved => ("achieved", "Achieved"),
        Discontinued => ("discontinued", "Discontinued"),
    }
);

vocabulary!(
    /// Where a commitment is in review.
    Workflow "workflow" {
        Submitted => ("submitted", "Awaiting review"),
        Published => ("published", "Published"),
        Returned => ("returned", "Returned for changes"),
        Archived => ("archived", "Archived"),
    }
);

vocabulary!(
    /// What a moderator decides about a commitment under review (rules in `domain::review`).
    Decision "decision" {
        Publish => ("publish", "Publish"),
        Return => ("return", "Return to its owner for changes"),
        Archive => ("archive", "Archive"),
    }
);

vocabulary!(
    /// Derived from the completion date: never entered.
    Status "status" {
        Ongoing => ("ongoing", "Ongoing"),
        Completed => ("completed", "Completed"),
    }
);

vocabulary!(
    /// Derived from the latest report: whether a published commitment keeps its reports current.
    Reporting "reporting" {
        UpToDate => ("up-to-date", "Up to date"),
        Due => ("due", "Report due"),
        Overdue => ("overdue", "Report overdue"),
        Inactive => ("inactive", "Inactive"),
    }
);

vocabulary!(
    /// What an account may do: contributors register and report, moderators review, admins
    /// also manage users and the site notice.
    Role "role" {
        Contributor => ("contributor", "Contributor"),
        Moderator => ("moderator", "Moderator"),
        Admin => ("admin", "Admin"),
    }
);

impl Role {
    /// Moderators and admins (admins have every moderator right).
    pub fn is_moderator(self) -> bool {
        matches!(self, Role::Moderator | Role::Admin)
    }

    /// Admins only.
    pub fn is_admin(self) -> bool {
        self == Role::Admin
    }
}

vocabulary!(
    /// How prominent the site notice is.
    NoticeLevel "notice-level" {
        Info => ("info", "Information"),
        Warning => ("warning", "Warning"),
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_slug_reads_back_as_its_value() {
        for region in Region::ALL {
            assert_eq!(Region::from_slug(region.slug()), Some(*region));
        }
        for kind in EntityType::ALL {
            assert_eq!(EntityType::from_slug(kind.slug()), Some(*kind));
        }
    }

    #[test]
    fn unknown_slugs_are_refused() {
        assert_eq!(Region::from_slug("atlantis"), None);
        assert_eq!(Category::from_slug("Partnership"), None);
    }

    #[test]
    fn vocabularies_have_the_sizes_of_the_spec() {
        assert_eq!(Category::ALL.len(), 3);
        assert_eq!(Region::ALL.len(), 7);
        assert_eq!(EntityType::ALL.len(), 12);
        assert_eq!(Method::ALL.len(), 7);
        assert_eq!(DeliverableStatus::ALL.len(), 4);
        assert_eq!(ResourceKind::ALL.len(), 4);
        assert_eq!(ReportStatus::ALL.len(), 4);
        assert_eq!(Role::ALL.len(), 3);
    }

    #[test]
    fn admins_have_every_moderator_right() {
        assert!(Role::Admin.is_moderator());
        assert!(Role::Moderator.is_moderator());
        assert!(!Role::Contributor.is_moderator());
        assert!(!Role::Moderator.is_admin());
    }
}
