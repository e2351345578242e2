# A commitment's pages: the commitment, its history, the registration and edit form, the
# progress report form, the contact form, and what its owner, editors and moderators see there.

## Breadcrumbs.
commitment-breadcrumb-label = Breadcrumb
commitment-breadcrumb-home = Home
commitment-breadcrumb-commitments = Commitments

## The commitment page (templates/commitments/show.html).
# Bold "Archived." then the sentence: the template shows it as HTML.
commitment-archived-banner-html = <strong>Archived.</strong> This commitment is no longer active in the registry. It is kept here for the record and does not appear in searches.
# { $state } is the commitment's state, like "Awaiting review".
commitment-unpublished-banner-html = <strong>{ $state }.</strong> Only its owner, editors and moderators can see this commitment until it is published.
commitment-edit-link = Edit this commitment
commitment-history-link = Changes and history
commitment-json-link = This record as JSON
commitment-goals-label = Sustainable Development Goals
commitment-goals-heading = Goals and targets
commitment-goal-name = Goal { $number }: { $name }
# Before the list of target codes: "targets 6.1, 6.2".
commitment-targets-word = { $count ->
        [one] target
       *[other] targets
    }
commitment-target-title = Target { $target } of Goal { $number }: { $name }, on the UN site
commitment-target-on-un-site = (Goal { $number } on the UN site)
commitment-methods-heading = Means of implementation
commitment-partners-heading = Partners
commitment-column-partner = Partner
commitment-column-type = Type
commitment-deliverables-heading = Deliverables
commitment-column-deliverable = Deliverable
commitment-column-due = Due
commitment-column-status = Status
commitment-resources-heading = Resources
commitment-column-kind = Kind
commitment-column-description = Description
commitment-column-amount = Amount
commitment-amount-not-given = Not given
commitment-reports-heading = Progress reports
commitment-file-report = File a progress report
commitment-no-reports = No progress report has been filed yet.
commitment-similar-heading = Similar commitments
commitment-basic-info = Basic information
commitment-fact-start = Start
commitment-fact-completion = Completion
commitment-fact-ongoing = Ongoing
commitment-fact-status = Status
commitment-fact-regions = Regions
commitment-fact-countries = Countries
commitment-fact-coverage = Coverage
commitment-fact-lead-entity = Lead entity
commitment-fact-entity-type = Entity type
commitment-fact-published = Published
commitment-fact-updated = Last updated
commitment-contact-heading = Contact
commitment-contact-private-shown = Not shown to the public: you see them as its owner, an editor or a moderator.
commitment-contact-private = The contact's email and phone are not public.
commitment-contact-link = Contact the team

## The sections of a commitment's text.
commitment-section-objective = Objective
commitment-section-stakeholders = Stakeholders
commitment-section-implementation = Implementation
commitment-section-results = Results
commitment-section-enabling-factors = Enabling factors
commitment-section-sustainability = Sustainability
commitment-section-other-sources = Other sources

## How a published commitment keeps up with its reports.
commitment-reporting-up-to-date = Reported or published within the last 12 months.
commitment-reporting-due = No report for 12 months or more: a progress report is due.
commitment-reporting-overdue = No report for more than 24 months.
commitment-reporting-inactive = Published more than 24 months ago and has never reported.

## A progress report on the timeline (templates/commitments/report_item.html).
commitment-report-percent = { $percent }% complete
commitment-report-hidden-html = <strong>Hidden from the public by a moderator.</strong> Only the owner and moderators see this report. The reason:
commitment-report-achievements = Achievements
commitment-report-challenges = Challenges
commitment-report-next-steps = Next steps
commitment-report-hide = Hide this report
# Read by screen readers after "Hide this report".
commitment-report-hide-of = of { $date }
commitment-report-hide-reason = Reason
commitment-report-hide-hint = The report leaves the public page, the API and the feed. Its owner reads this reason.
commitment-report-hide-button = Hide the report

## Photos (templates/commitments/photos.html).
commitment-photos-heading = Photos
commitment-photos-none = No photo has been added yet.
commitment-photo-delete = Delete
# Read by screen readers after "Delete"; { $alt } is the photo's alt text.
commitment-photo-delete-which = the photo: { $alt }
commitment-photo-add = Add a photo
commitment-photo-label = Photo
commitment-photo-hint = A JPEG, PNG or WebP image, up to 5 MB. A commitment can have up to 3 photos.
commitment-photo-alt-label = Alt text
commitment-photo-alt-hint = Say what the photo shows, for people who cannot see it (up to 250 characters). For example: Pupils filling bottles at a new well in Takeo.
commitment-photo-caption-label = Caption (optional)
commitment-photo-caption-hint = Shown under the photo, for everyone (up to 500 characters).
commitment-photo-upload = Upload the photo
commitment-photos-full = This commitment has 3 photos, the most it can have: delete one to add another.

## Review (templates/commitments/review.html, review_note.html).
commitment-review-history-heading = History
commitment-review-history-intro = Who moved this commitment through review, and why. Only its owner, editors and moderators see this.
commitment-review-history-none = Nothing has been recorded yet.
# Before the time of an event: "by Mona Moderator, 3 March 2026 at 14:05 UTC".
commitment-review-by = by { $who },
commitment-review-heading = Review
commitment-review-archived = This commitment is archived: no further decision applies to it.
commitment-review-decision = Decision
commitment-decision-hint-publish = It becomes public and appears in searches.
commitment-decision-hint-return = It stays private until its owner changes it and saves it again.
commitment-decision-hint-archive = Its page stays, with a banner, but it leaves searches for good.
commitment-review-comment = Comment
commitment-review-comment-hint = Required to return or archive: say what to change, or why it is archived. The owner reads this comment.
commitment-review-save = Save the decision
commitment-review-back = Back to the moderation queue
commitment-review-note = Comment from the moderator
# { $decision } is "returned" or "archived", { $who } the moderator, { $date } the day.
commitment-review-note-byline = { $decision ->
        [returned] returned
       *[archived] archived
    } by { $who } on { $date }
commitment-review-note-private = Only its owner and the moderators see this comment.
commitment-review-done-publish = “{ $title }” is published: it now appears in searches.
commitment-review-done-return = “{ $title }” was returned to its owner, who can read your comment.
commitment-review-done-archive = “{ $title }” is archived: its page stays, but it no longer appears in searches.
commitment-review-next = This is the next commitment waiting for review.
commitment-review-no-next = No other commitment is waiting for review.

## Editors (templates/commitments/editors.html).
commitment-editors-heading = Editors
commitment-editors-intro = Editors may edit this commitment and file progress reports, like its owner. Only the owner and moderators add or remove them.
commitment-editors-none = This commitment has no editors.
commitment-editors-caption = People who may edit this commitment
commitment-editors-name = Name
commitment-editors-email = Email address
commitment-editors-actions = Actions
commitment-editors-make-owner = Make owner
commitment-editors-remove = Remove
commitment-editors-add-label = Add an editor
commitment-editors-add-hint = The email address of their account on this registry.
commitment-editors-add-button = Add editor
commitment-editors-added = { $name } can now edit this commitment.
commitment-editors-removed = The editor was removed: they can no longer change this commitment.
commitment-editors-owner-moved = Ownership moved: the editor now owns this commitment, and the previous owner is an editor.

## History (templates/commitments/history.html).
commitment-history-title = History: { $title }
commitment-history-lead-review = How it came in, every saved change and every review decision: who, when, which fields, and their old and new values. Newest first.
commitment-history-lead-public = How it came in, every saved change, and when it was published: who, when, which fields, and their old and new values. Newest first.
commitment-history-none = This commitment has not been changed since it was registered.
commitment-history-fields-changed = Fields changed
commitment-history-field = Field
commitment-history-before = Before
commitment-history-after = After
commitment-history-restore = Restore this version
commitment-back = Back to the commitment
commitment-version-original = Version { $version }: as it was before the first edit
commitment-version-restored = Version { $version }: version { $from } restored
commitment-version-reported = Version { $version }: statuses set by a progress report
commitment-version-edited = Version { $version }: edited
# Before the time of a change.
commitment-history-by = by { $name },
commitment-history-as-it-stood = as it stood on
commitment-history-imported-on = Imported on
commitment-history-by-registry = by the registry on
commitment-history-not-public = (not public)
commitment-review-a-moderator = A moderator
commitment-value-yes = yes
commitment-value-no = no
commitment-event-imported = Imported ({ $state })
commitment-event-submitted = Submitted for review
commitment-event-reported = Filed a progress report
commitment-event-report-hidden = Hid a progress report
commitment-event-returned = Returned to its owner for changes
commitment-event-published = Published
commitment-event-archived = Archived
commitment-event-registry = The registry
# A moment in a history: { $date } like 3 March 2026, { $time } like 14:05.
commitment-moment = { $date } at { $time } UTC
commitment-restored = Restored: the commitment is now at version { $version }.
commitment-restore-same = That version is the same as the current one: nothing was changed.
# A field's name in the history and on the edit form's choices; { $label } is the English name
# made from { $key }, for a field without its own words.
commitment-field-label = { $key ->
       *[other] { $label }
    }

## The registration and edit form (templates/commitments/form*.html).
commitment-form-edit-title = Edit: { $title }
commitment-form-register-title = Register a commitment
commitment-form-edit-caption = Edit commitment #{ $id }
commitment-form-register-caption = Register a commitment
commitment-form-heading = Tell us about your commitment
commitment-form-restored = We kept what you typed while you signed in again. Check it and submit when you are ready.
commitment-form-needed = Fields without “(optional)” are needed.
commitment-form-on-register = A moderator reviews every commitment before it is published.
commitment-form-on-edit-published = Changes to a published commitment go live when you save, and are kept in its history.
commitment-form-on-edit-submitted = It is awaiting review: your changes are saved at once, and a moderator reviews it with them before it is published.
commitment-form-on-edit-returned = It was returned for changes: saving your changes sends it back for review.
commitment-form-on-edit-archived = It is archived: your changes are saved and kept in its history, and it stays archived.
commitment-form-about = About the commitment
commitment-form-title = Title
commitment-form-title-hint = Between 10 and 250 characters, for example: Safe water for 200 rural schools in Cambodia
commitment-form-category = Category
commitment-form-objective = Objective
commitment-form-objective-hint = What the commitment sets out to achieve, and by when.
commitment-form-stakeholders-section = Stakeholders and partners
commitment-form-stakeholders = Stakeholders (optional)
commitment-form-stakeholders-hint = Who takes part or benefits.
commitment-form-partners = Partners (optional)
commitment-form-partners-hint = Organisations working with the lead entity. Leave a row empty to skip it.
commitment-form-partner = Partner { $number }
commitment-form-name = Name
commitment-form-type = Type
commitment-form-choose-type = Choose a type
commitment-form-add-partner = Add another partner
commitment-form-implementation-section = Implementation and results
commitment-form-implementation = Implementation
commitment-form-implementation-hint = How the commitment is carried out: activities, who does what.
commitment-form-results = Results (optional)
commitment-form-results-hint = What has changed so far, with figures where you have them.
commitment-form-enabling-factors = Enabling factors (optional)
commitment-form-sustainability = Sustainability (optional)
commitment-form-sustainability-hint = How the work will last after the funding ends.
commitment-form-other-sources = Other sources of information (optional)
commitment-form-other-sources-hint = Reports, websites, evaluations.
commitment-form-save = Save changes
commitment-form-submit-anyway = Submit for review: it is not one of these
commitment-form-submit = Submit for review
commitment-form-save-draft = Save as draft
commitment-form-nothing-published = Nothing is published until a moderator has reviewed it.
commitment-form-draft-hint = “Save as draft” keeps what you typed as it is, unchecked, for you only: find it on your account page.
commitment-form-goals-section = Goals and targets
commitment-form-sdgs = Sustainable Development Goals
commitment-form-sdgs-hint = Select every goal the commitment works toward.
commitment-form-targets = Targets (optional)
commitment-form-targets-hint = Each goal has targets, such as 6.1 “safe and affordable drinking water”. Open a goal to choose its targets; they must belong to a goal selected above.
commitment-form-targets-of = Targets of goal { $number }
commitment-form-methods = Means of implementation (optional)
commitment-form-other-methods = Other means of implementation (optional)
commitment-form-other-methods-hint = Separate them with commas, for example: South-South cooperation, Radio campaigns
commitment-form-dates = Dates
commitment-form-start-date = Start date
commitment-form-completion-date = Completion date
commitment-form-completion-before = When the commitment ends.
commitment-form-completion-after = Leave it empty and tick Ongoing if it has no end date.
commitment-form-ongoing = Ongoing: the commitment has no completion date
commitment-form-where = Where
commitment-form-regions = Regions
commitment-form-countries = Countries (optional)
commitment-form-countries-hint = Tick each country the commitment works in, under its region.
commitment-form-countries-filter = Countries
commitment-form-elsewhere = Elsewhere
commitment-form-countries-find = Find countries
commitment-form-countries-none = None found
# %n is put in by the page's script (the number shown): keep it as it is.
commitment-form-countries-shown = %n shown
commitment-form-coverage = Geographical coverage (optional)
commitment-form-coverage-hint = Provinces, cities or areas, if the commitment covers only part of a country.
commitment-form-lead-section = Lead entity
commitment-form-lead-entity = Name of the lead entity
commitment-form-lead-entity-hint = The organisation that leads the commitment.
commitment-form-entity-type = Type of lead entity
commitment-form-contact-section = Contact person
commitment-form-contact-name = Full name
commitment-form-contact-position = Position (optional)
commitment-form-contact-email = Email address
commitment-form-contact-phone = Phone (optional)
commitment-form-contact-phone-hint = With the country code, for example +41 22 917 12 34
commitment-form-contact-public = Show the email address and phone number to the public
commitment-form-contact-public-hint = If you leave this unticked, only the name and position are shown.
commitment-form-deliverables = Deliverables (optional)
commitment-form-deliverables-hint = What the commitment will deliver, and by when. Leave a row empty to skip it.
commitment-form-deliverable = Deliverable { $number }
commitment-form-deliverable-title = Title
commitment-form-due-date = Due date
commitment-form-status = Status
commitment-form-choose-status = Choose a status
commitment-form-add-deliverable = Add another deliverable
commitment-form-resources = Resources (optional)
commitment-form-resources-hint = Money, in-kind contributions or staff committed. An amount is a whole number with its currency's three-letter ISO 4217 code, such as USD, EUR or NGN; leave both empty when there is no amount (often so for in-kind and staff resources).
commitment-form-resource = Resource { $number }
commitment-form-kind = Kind
commitment-form-choose-kind = Choose a kind
commitment-form-description = Description
commitment-form-amount = Amount (optional)
commitment-form-currency = Currency
commitment-form-currency-hint = Needed with an amount: a code like USD, EUR or NGN
commitment-form-add-resource = Add another resource
# The format of a date field; { $example } is a date like 2025-06-30.
commitment-date-hint-html = <span class="nowrap">Year-month-day</span>, for example <span class="nowrap">{ $example }</span>
commitment-form-unreadable = The form could not be read. Go back and try again.
commitment-form-no-version = The form lacks the version it was loaded at. Reload the edit page and try again.

## "Is this already registered?" (templates/commitments/form_similar.html).
commitment-similar-check = Is this already registered?
commitment-similar-found = { $count ->
        [one] This commitment has the same lead entity or a very similar title. Nothing has been saved yet.
       *[other] These commitments have the same lead entity or a very similar title. Nothing has been saved yet.
    }
commitment-similar-new-tab = (opens in a new tab)
commitment-similar-same-lead = (same lead entity)
commitment-similar-advice = If yours is one of them, there is no need to register it again. If it is a different commitment, check the form below and submit it: everything you typed is still there.
commitment-draft-banner = This is your draft: only you can see it. Send it when it is ready, or save it again as a draft.

## Someone else saved while you were editing (templates/commitments/merge_conflict.html).
commitment-merge-heading = Someone else saved this commitment while you were editing it
commitment-merge-saved = { $who } saved changes at { $when }. Their changes to fields you did not change are already in the form below, and your other changes are kept. Nothing is saved yet.
commitment-merge-both-changed = You both changed { $count ->
        [one] this field
       *[other] these { $count } fields
    }: choose which value to keep, then save.
commitment-merge-original = Before either of you changed it
commitment-merge-theirs = Theirs
commitment-merge-yours = Yours
commitment-merge-keep-mine = Keep mine
# { $anchor } is the field's id on the form, { $label } its name.
commitment-merge-keep-mine-hint-html = Saves the value in the form below, <a href="#{ $anchor }">{ $label }</a>, where you can still change it.
commitment-merge-take-theirs = Take theirs
commitment-merge-empty = (empty)
commitment-merge-not-known = (not known)
commitment-merge-someone-else = someone else
# Two or more names: "Priya Sharma, Ana Ruiz and Tomás Díaz".
commitment-merge-names = { $names } and { $last }
commitment-merged = Your changes were merged with changes by { $who } saved at { $when }.

## Messages after saving.
commitment-registered = Your commitment has been submitted. A moderator will review it before it is published.
commitment-unchanged = Nothing had changed, so nothing was saved.
commitment-saved = Your changes are saved.
commitment-saved-resubmitted = Your changes are saved, and the commitment is awaiting review again.
commitment-draft-saved = Your draft is saved. Only you can see it: it is listed on your account page.
commitment-drafts-full = You already have { $count } drafts, the most an account may keep. Nothing was saved: go back, and delete drafts you no longer need on your account page, or send the form.
commitment-report-filed = Your progress report is on the timeline below.
commitment-report-now-hidden = The report is hidden: only the owner and moderators see it now.
commitment-photo-added = The photo was added.
commitment-photo-deleted = The photo was deleted.
commitment-contact-sent = Your message has been sent to the contact person of this commitment. Their answer will come to { $email }.

## The progress report form (templates/commitments/reports/).
commitment-report-form-title = File a progress report – { $title }
commitment-report-form-caption = File a progress report
commitment-report-form-heading = How is “{ $title }” going?
commitment-report-form-restored = We kept what you typed while you signed in again. Check it and send the report when you are ready.
commitment-report-form-lead = Your report is published on the commitment's page at once, and keeps its reporting light up to date. Reports cannot be changed afterwards. Fields without “(optional)” are needed.
commitment-report-form-section = The report
commitment-report-form-date = Date of the report
commitment-report-form-date-hint = The day the report describes, at the latest tomorrow; not before the commitment started.
commitment-report-form-status = Where the commitment stands
commitment-report-form-percent = Percent complete (optional)
commitment-report-form-percent-hint = A whole number from 0 to 100.
commitment-report-form-achievements = Achievements
commitment-report-form-achievements-hint = What was done since the last report, with figures where you have them: at least 20 characters.
commitment-report-form-challenges = Challenges (optional)
commitment-report-form-challenges-hint = What slowed the work down, and how you are dealing with it.
commitment-report-form-next-steps = Next steps (optional)
commitment-report-form-deliverables = Deliverables
commitment-report-form-deliverables-hint = Update the status of each deliverable. Unchanged ones stay as they are.
commitment-report-form-due = Due { $date }
commitment-report-form-send = File the report
commitment-report-form-cancel = Cancel and go back to the commitment
commitment-report-wait-title = Reports wait for publication – { $title }
commitment-report-wait-heading = Progress reports can be filed once the commitment is published
# Around the commitment's state in bold: “Title” is <strong>awaiting review</strong>. Reports are…
commitment-report-wait-is = “{ $title }” is
commitment-report-wait-why = Reports are part of the public record, so they are filed on published commitments only. Nothing has been saved.
commitment-report-wait-submitted = A moderator reviews it before it is published. Once it is, come back here to report on it.
commitment-report-wait-returned = A moderator returned it to its owner for changes. Save it again to send it back for review; once it is published you can report on it.
commitment-report-wait-archived = It was archived by a moderator: it is kept for the record and takes no more reports.

## Writing to the contact person (templates/commitments/contact.html).
commitment-contact-title = Contact the team: { $title }
commitment-contact-heading-page = Contact the team
commitment-contact-lead = Your message goes by email to { $name }, the contact person of this commitment.
# Around the sender's address in bold.
commitment-contact-address-before = We send it with your address,
commitment-contact-address-after = , so that they can reply to you directly. We do not show you their address.
commitment-contact-subject = Subject
commitment-contact-subject-hint = For example: Partnering on the school wells
commitment-contact-message = Message
commitment-contact-message-hint = Say who you are and what you would like to know. Up to 5,000 characters.
commitment-contact-send = Send the message
commitment-contact-limit = Each account may send 5 messages a day through these forms.
