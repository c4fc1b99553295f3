import QIDomain

/// Builds one provider's page.
///
/// Internal fields (notes, officers, approvals, concern details, concern actions) are read only when the edition is
/// internal, so a public build cannot leak them by a template mistake.
struct ProviderPageBuilder {
    let renderer: SiteRenderer
    let provider: Provider

    private var policy: Policy { renderer.policy }
    private var isInternal: Bool { renderer.options.isInternal }
    private var asOf: Day { renderer.options.asOf }

    func page() -> ProviderPage {
        let state = renderer.state(of: provider)
        let light = state.map { renderer.tag($0.light) } ?? renderer.tag(policy.notYetRated)
        let latest = state?.latestRating
        let latestSummary = latest.map(ratingSummary)
        let visibleRatings = provider.ratings.filter { $0.date.value <= asOf }
        let standards = latest.map(standardRows) ?? []
        let actions = latest.map { $0.actions.filter { $0.status.value == .open }.map(actionRow) } ?? []
        let pendingFile = state?.pendingLift?.rating.file
        let ratings = visibleRatings.reversed().map { rating in
            var summary = ratingSummary(rating)
            summary.pending = rating.file == pendingFile ? "Not in effect: awaits approval" : nil
            return summary
        }
        let concerns = provider.concerns.filter { $0.raised.value <= asOf }.reversed().map(concernRow)
        let registration = registrationLinks()
        return ProviderPage(
            site: renderer.chrome(title: provider.name.value, section: .providers), id: provider.id,
            name: provider.name.value, organisation: provider.organisation, light: light,
            explanation: state?.explanation ?? "", since: state?.since.map { "\(light.word) since \($0.longDescription)" },
            guidance: state?.guidance ?? policy.notYetRated.guidance, reviewNotice: state?.reviewNotice,
            pendingLift: state?.pendingLiftNotice, statusNotice: statusNotice(),
            services: Words.list(provider.services, in: policy.serviceTypes),
            areas: Words.list(provider.serviceAreas, in: policy.serviceAreas), locality: locality(),
            latestRating: latestSummary, standardsCaption: latestSummary.map(standardsCaption), standards: standards,
            hasStandards: !standards.isEmpty,
            actions: actions, hasActions: !actions.isEmpty, ratings: ratings, hasRatings: !ratings.isEmpty,
            concerns: concerns, hasConcerns: !concerns.isEmpty, contact: contact(), registration: registration,
            hasRegistration: !registration.isEmpty, cqc: provider.cqc.map(CQCPanel.init),
            internalDetails: isInternal ? internalDetails(state) : nil)
    }

    private func statusNotice() -> String? {
        switch provider.status.value {
        case .active: return nil
        case .suspended: return "This provider is suspended: do not make new placements. Check with \(policy.team)."
        case .closed: return "This provider is closed: the council no longer commissions it. Its record is kept for reference."
        }
    }

    /// "As rated on DATE (BASIS). Standards marked critical decide the overall traffic light."
    private func standardsCaption(_ summary: RatingSummary) -> DatedText {
        DatedText(
            before: "As rated on ", date: summary.date, dateISO: summary.dateISO,
            after: " (\(summary.basis)). \(policy.standardsTitle) marked critical decide the overall \(policy.lightsTitle.lowercased()).")
    }

    private func standardRows(_ rating: Rating) -> [StandardRow] {
        policy.standards.compactMap { standard in
            guard let entry = rating.standards.first(where: { $0.standard.value == standard.key }) else { return nil }
            return StandardRow(
                number: standard.number, title: standard.title, critical: standard.critical, light: renderer.tag(light: entry.light.value),
                note: entry.note)
        }
    }

    private func actionRow(_ action: Action) -> ActionRow {
        let due = action.due?.value
        let overdue = action.status.value == .open && due.map { $0 < asOf } == true
        let dueText: String
        switch (due, overdue) {
        case (let due?, true): dueText = "Overdue: was due \(due.longDescription)"
        case (let due?, false): dueText = "Due \(due.longDescription)"
        case (nil, _): dueText = "No due date"
        }
        let owner: String
        switch action.owner.value {
        case "provider": owner = "Provider"
        case "council": owner = "Council"
        default: owner = isInternal ? renderer.officerName(action.owner.value) : "Council"
        }
        return ActionRow(
            id: action.id.value, standard: action.standard.map { policy.standard($0.value)?.title ?? $0.value } ?? "",
            text: action.action, owner: owner, due: due?.longDescription ?? "", dueISO: due?.description ?? "",
            isOverdue: overdue, dueText: dueText, status: Words.status(action.status.value))
    }

    private func ratingSummary(_ rating: Rating) -> RatingSummary {
        RatingSummary(
            date: rating.date.value.longDescription, dateISO: rating.date.value.description,
            basis: rating.basis.value.words.prefix(1).uppercased() + rating.basis.value.words.dropFirst(),
            overall: renderer.tag(light: rating.overall.value), pending: nil,
            outcome: rating.outcome.map { Words.title($0.value, in: policy.outcomes) }, summaryHTML: renderer.html(rating.summary),
            internalHTML: isInternal ? renderer.html(rating.internalNotes) : nil,
            officer: isInternal ? rating.officer.map { renderer.officerName($0.value) } : nil,
            approvals: isInternal ? rating.approvals.map(approval) : [])
    }

    /// "Approved by Sam Patel (Safeguarding Operations Manager (adults)), 2 February 2026".
    private func approval(_ approval: Approval) -> String {
        let role = policy.roleTitle(approval.role.value)
        return "Approved by \(renderer.officerName(approval.officer.value)) (\(role)), \(approval.date.value.longDescription)"
    }

    private func concernRow(_ concern: Concern) -> ConcernRow {
        let meetings = concern.meetings.map(\.date.value).sorted().map(\.longDescription)
        let closed = concern.closed.flatMap { closure -> String? in
            guard let date = closure.date?.value else { return nil }
            let outcome = closure.outcome.map { " (\(Words.outcome($0.value)))" } ?? ""
            return date.longDescription + outcome
        }
        let isOpen = concern.isOpen(on: asOf)
        return ConcernRow(
            title: concern.title.value, process: policy.process(concern.process.value)?.title ?? concern.process.value,
            raised: concern.raised.value.longDescription, meetings: meetings.isEmpty ? "None yet" : meetings.joined(separator: ", "),
            status: isOpen ? "Open" : "Closed", closed: isOpen ? nil : closed,
            internalDetails: isInternal ? internalConcern(concern) : nil)
    }

    private func internalConcern(_ concern: Concern) -> InternalConcernDetails {
        InternalConcernDetails(
            risk: concern.risk.map { Words.risk($0.value) } ?? "Not recorded",
            triggers: concern.triggers.map { policy.trigger($0.value)?.title ?? $0.value }.joined(separator: "; "),
            sources: concern.sources.map { Words.source($0.value) }.joined(separator: ", "),
            chair: renderer.officerName(concern.chair?.value), lead: renderer.officerName(concern.lead?.value),
            summaryHTML: renderer.html(concern.summary), internalHTML: renderer.html(concern.internalNotes),
            actions: concern.actions.map(actionRow), actionsLabel: "Actions of the concern process: \(concern.title.value)",
            actionsCaption: "Actions of the concern process “\(concern.title.value)”")
    }

    private func internalDetails(_ state: ProviderState?) -> InternalProviderDetails {
        let officerID = state?.latestRating?.officer?.value ?? provider.officer?.value
        let email = officerID.flatMap { id in renderer.content.officers.first { $0.id.value == id }?.email }
        let contract = provider.contract.map { contract in
            [
                contract.tier.map { Words.tier($0.value) },
                contract.annualValue.map { "\(Words.pounds($0.value)) a year" },
                contract.criticality.map { Words.criticality($0.value) },
            ].compactMap { $0 }.joined(separator: ", ")
        }
        return InternalProviderDetails(
            officer: renderer.officerName(officerID), officerEmail: email, notesHTML: renderer.html(provider.internalNotes),
            contract: contract, dueItems: (state?.dueItems ?? []).map { Listings.workItem($0, provider: provider, renderer: renderer) })
    }

    private func contact() -> ContactBlock {
        let contact = provider.contact
        // The loader refuses values that are not plain links (QI-F7); this links only those that pass, whoever built the records.
        let website = contact.website.flatMap(SafeLink.websiteHref)
        return ContactBlock(
            address: provider.address, postcode: provider.postcode, phone: contact.phone, email: contact.email,
            emailHref: contact.email.flatMap { SafeLink.email($0) == nil ? "mailto:\($0)" : nil }, website: contact.website,
            websiteHref: website)
    }

    /// "Cherwell; also covers Oxford and West Oxfordshire" for a service delivered in people's homes (`covers:`).
    private func locality() -> String? {
        let covered = provider.covers.map(\.value)
        guard !covered.isEmpty else { return provider.locality?.value }
        let list = covered.count == 1 ? covered[0] : covered.dropLast().joined(separator: ", ") + " and " + (covered.last ?? "")
        guard let own = provider.locality?.value else { return "Covers \(list)" }
        return "\(own); also covers \(list)"
    }

    private func registrationLinks() -> [RegistrationLink] {
        var links: [RegistrationLink] = []
        let registration = provider.registration
        if let id = registration.cqcLocation, RegistrationID.cqcLocation.isValid(id) {
            links.append(RegistrationLink(label: "CQC location", id: id, href: "https://www.cqc.org.uk/location/\(id)"))
        }
        if let id = registration.cqcProvider, RegistrationID.cqcProvider.isValid(id) {
            links.append(RegistrationLink(label: "CQC provider", id: id, href: "https://www.cqc.org.uk/provider/\(id)"))
        }
        if let id = registration.ofstedURN, RegistrationID.ofstedURN.isValid(id) {
            links.append(RegistrationLink(label: "Ofsted URN", id: id, href: "https://reports.ofsted.gov.uk/provider/44/\(id)"))
        }
        if let id = registration.companiesHouse {
            links.append(
                RegistrationLink(
                    label: "Companies House", id: id, href: "https://find-and-update.company-information.service.gov.uk/company/\(id)"))
        }
        if let id = registration.uprn {
            // No public register page to link to: the UPRN is shown as text.
            links.append(RegistrationLink(label: "UPRN", id: id, href: nil))
        }
        return links
    }
}
