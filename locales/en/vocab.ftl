# Vocabulary names: the 17 goals and every closed vocabulary of the registry.
# Keys are the vocabulary's prefix and the value's slug; the English labels are the registry's own.

## The 17 Sustainable Development Goals: the UN's official short names.
sdg-1 = No Poverty
sdg-2 = Zero Hunger
sdg-3 = Good Health and Well-being
sdg-4 = Quality Education
sdg-5 = Gender Equality
sdg-6 = Clean Water and Sanitation
sdg-7 = Affordable and Clean Energy
sdg-8 = Decent Work and Economic Growth
sdg-9 = Industry, Innovation and Infrastructure
sdg-10 = Reduced Inequalities
sdg-11 = Sustainable Cities and Communities
sdg-12 = Responsible Consumption and Production
sdg-13 = Climate Action
sdg-14 = Life Below Water
sdg-15 = Life on Land
sdg-16 = Peace, Justice and Strong Institutions
sdg-17 = Partnerships for the Goals

## Categories: the kind of initiative.
category-partnership = Partnership
category-voluntary-commitment = Voluntary commitment
category-good-practice = Good practice

## Regions: the UN regional groupings.
region-africa = Africa
region-asia-pacific = Asia and the Pacific
region-europe = Europe
region-latin-america-caribbean = Latin America and the Caribbean
region-north-america = North America
region-west-asia = West Asia
region-global = Global

## Entity types: the lead entity's or a partner's.
entity-type-government = Government
entity-type-local-government = Local government
entity-type-un-entity = UN entity
entity-type-intergovernmental-organization = Intergovernmental organization
entity-type-ngo = NGO
entity-type-civil-society = Civil society
entity-type-private-sector = Private sector
entity-type-academic = Academic institution
entity-type-scientific-community = Scientific community
entity-type-philanthropic = Philanthropic organization
entity-type-partnership = Partnership
entity-type-other = Other

## Means of implementation.
method-financing = Financing
method-capacity-building = Capacity building
method-technology = Technology
method-policy = Policy
method-partnership = Partnership
method-data-monitoring = Data and monitoring
method-trade = Trade

## Where a deliverable stands.
deliverable-status-planned = Planned
deliverable-status-in-progress = In progress
deliverable-status-completed = Completed
deliverable-status-cancelled = Cancelled

## The kind of resource committed.
resource-kind-financing = Financing
resource-kind-in-kind = In-kind contribution
resource-kind-staff = Staff / technical expertise
resource-kind-other = Other

## How a progress report judges the commitment.
report-status-on-track = On track
report-status-off-track = Off track
report-status-achieved = Achieved
report-status-discontinued = Discontinued

## Where a commitment is in review.
workflow-submitted = Awaiting review
workflow-published = Published
workflow-returned = Returned for changes
workflow-archived = Archived

## What a moderator decides.
decision-publish = Publish
decision-return = Return to its owner for changes
decision-archive = Archive

## Status, from the completion date.
status-ongoing = Ongoing
status-completed = Completed

## Reporting, from the latest report.
reporting-up-to-date = Up to date
reporting-due = Report due
reporting-overdue = Report overdue
reporting-inactive = Inactive

## Roles of accounts.
role-contributor = Contributor
role-moderator = Moderator
role-admin = Admin

## How prominent the site notice is.
notice-level-info = Information
notice-level-warning = Warning
