// How compiled templates read the view models (see Templates/TemplateValue.swift): each type's keys in order,
// with the shape of each value, and the value at each position. The same keys as the `MustacheParent` switches
// in ProviderPageKeys.swift, which swift-mustache (the reference engine) reads; `TemplateKeysTests` checks they agree.

extension ProviderPage: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("site", .object(SiteChrome.self)),
            TemplateKey("id", .text),
            TemplateKey("name", .text),
            TemplateKey("organisation", .optional(.text)),
            TemplateKey("light", .object(LightTag.self)),
            TemplateKey("explanation", .text),
            TemplateKey("since", .optional(.text)),
            TemplateKey("guidance", .text),
            TemplateKey("reviewNotice", .optional(.text)),
            TemplateKey("pendingLift", .optional(.text)),
            TemplateKey("statusNotice", .optional(.text)),
            TemplateKey("services", .text),
            TemplateKey("areas", .text),
            TemplateKey("locality", .optional(.text)),
            TemplateKey("latestRating", .optional(.object(RatingSummary.self))),
            TemplateKey("standardsCaption", .optional(.object(DatedText.self))),
            TemplateKey("standards", .list(.object(StandardRow.self))),
            TemplateKey("hasStandards", .bool),
            TemplateKey("actions", .list(.object(ActionRow.self))),
            TemplateKey("hasActions", .bool),
            TemplateKey("ratings", .list(.object(RatingSummary.self))),
            TemplateKey("hasRatings", .bool),
            TemplateKey("concerns", .list(.object(ConcernRow.self))),
            TemplateKey("hasConcerns", .bool),
            TemplateKey("contact", .object(ContactBlock.self)),
            TemplateKey("registration", .list(.object(RegistrationLink.self))),
            TemplateKey("hasRegistration", .bool),
            TemplateKey("cqc", .optional(.object(CQCPanel.self))),
            TemplateKey("internalDetails", .optional(.object(InternalProviderDetails.self))),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(site)
        case 1: TemplateValue(id)
        case 2: TemplateValue(name)
        case 3: TemplateValue(organisation)
        case 4: TemplateValue(light)
        case 5: TemplateValue(explanation)
        case 6: TemplateValue(since)
        case 7: TemplateValue(guidance)
        case 8: TemplateValue(reviewNotice)
        case 9: TemplateValue(pendingLift)
        case 10: TemplateValue(statusNotice)
        case 11: TemplateValue(services)
        case 12: TemplateValue(areas)
        case 13: TemplateValue(locality)
        case 14: TemplateValue(latestRating)
        case 15: TemplateValue(standardsCaption)
        case 16: TemplateValue(standards)
        case 17: TemplateValue(hasStandards)
        case 18: TemplateValue(actions)
        case 19: TemplateValue(hasActions)
        case 20: TemplateValue(ratings)
        case 21: TemplateValue(hasRatings)
        case 22: TemplateValue(concerns)
        case 23: TemplateValue(hasConcerns)
        case 24: TemplateValue(contact)
        case 25: TemplateValue(registration)
        case 26: TemplateValue(hasRegistration)
        case 27: TemplateValue(cqc)
        case 28: TemplateValue(internalDetails)
        default: .null
        }
    }
}

extension StandardRow: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("number", .number),
            TemplateKey("title", .text),
            TemplateKey("critical", .bool),
            TemplateKey("light", .object(LightTag.self)),
            TemplateKey("note", .optional(.text)),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(number)
        case 1: TemplateValue(title)
        case 2: TemplateValue(critical)
        case 3: TemplateValue(light)
        case 4: TemplateValue(note)
        default: .null
        }
    }
}

extension ActionRow: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("id", .text),
            TemplateKey("standard", .text),
            TemplateKey("text", .text),
            TemplateKey("owner", .text),
            TemplateKey("due", .text),
            TemplateKey("dueISO", .text),
            TemplateKey("isOverdue", .bool),
            TemplateKey("dueText", .text),
            TemplateKey("status", .text),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(id)
        case 1: TemplateValue(standard)
        case 2: TemplateValue(text)
        case 3: TemplateValue(owner)
        case 4: TemplateValue(due)
        case 5: TemplateValue(dueISO)
        case 6: TemplateValue(isOverdue)
        case 7: TemplateValue(dueText)
        case 8: TemplateValue(status)
        default: .null
        }
    }
}

extension RatingSummary: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("date", .text),
            TemplateKey("dateISO", .text),
            TemplateKey("basis", .text),
            TemplateKey("overall", .object(LightTag.self)),
            TemplateKey("pending", .optional(.text)),
            TemplateKey("outcome", .optional(.text)),
            TemplateKey("summaryHTML", .optional(.text)),
            TemplateKey("internalHTML", .optional(.text)),
            TemplateKey("officer", .optional(.text)),
            TemplateKey("approvals", .list(.text)),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(date)
        case 1: TemplateValue(dateISO)
        case 2: TemplateValue(basis)
        case 3: TemplateValue(overall)
        case 4: TemplateValue(pending)
        case 5: TemplateValue(outcome)
        case 6: TemplateValue(summaryHTML)
        case 7: TemplateValue(internalHTML)
        case 8: TemplateValue(officer)
        case 9: TemplateValue(approvals)
        default: .null
        }
    }
}

extension ConcernRow: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("title", .text),
            TemplateKey("process", .text),
            TemplateKey("raised", .text),
            TemplateKey("meetings", .text),
            TemplateKey("status", .text),
            TemplateKey("closed", .optional(.text)),
            TemplateKey("internalDetails", .optional(.object(InternalConcernDetails.self))),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(title)
        case 1: TemplateValue(process)
        case 2: TemplateValue(raised)
        case 3: TemplateValue(meetings)
        case 4: TemplateValue(status)
        case 5: TemplateValue(closed)
        case 6: TemplateValue(internalDetails)
        default: .null
        }
    }
}

extension InternalConcernDetails: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("risk", .text),
            TemplateKey("triggers", .text),
            TemplateKey("sources", .text),
            TemplateKey("chair", .text),
            TemplateKey("lead", .text),
            TemplateKey("summaryHTML", .optional(.text)),
            TemplateKey("internalHTML", .optional(.text)),
            TemplateKey("actions", .list(.object(ActionRow.self))),
            TemplateKey("actionsLabel", .text),
            TemplateKey("actionsCaption", .text),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(risk)
        case 1: TemplateValue(triggers)
        case 2: TemplateValue(sources)
        case 3: TemplateValue(chair)
        case 4: TemplateValue(lead)
        case 5: TemplateValue(summaryHTML)
        case 6: TemplateValue(internalHTML)
        case 7: TemplateValue(actions)
        case 8: TemplateValue(actionsLabel)
        case 9: TemplateValue(actionsCaption)
        default: .null
        }
    }
}

extension InternalProviderDetails: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("officer", .text),
            TemplateKey("officerEmail", .optional(.text)),
            TemplateKey("notesHTML", .optional(.text)),
            TemplateKey("contract", .optional(.text)),
            TemplateKey("dueItems", .list(.object(WorkItem.self))),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(officer)
        case 1: TemplateValue(officerEmail)
        case 2: TemplateValue(notesHTML)
        case 3: TemplateValue(contract)
        case 4: TemplateValue(dueItems)
        default: .null
        }
    }
}

extension ContactBlock: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("address", .optional(.text)),
            TemplateKey("postcode", .optional(.text)),
            TemplateKey("phone", .optional(.text)),
            TemplateKey("email", .optional(.text)),
            TemplateKey("emailHref", .optional(.text)),
            TemplateKey("website", .optional(.text)),
            TemplateKey("websiteHref", .optional(.text)),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(address)
        case 1: TemplateValue(postcode)
        case 2: TemplateValue(phone)
        case 3: TemplateValue(email)
        case 4: TemplateValue(emailHref)
        case 5: TemplateValue(website)
        case 6: TemplateValue(websiteHref)
        default: .null
        }
    }
}

extension RegistrationLink: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("label", .text),
            TemplateKey("id", .text),
            TemplateKey("href", .optional(.text)),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(label)
        case 1: TemplateValue(id)
        case 2: TemplateValue(href)
        default: .null
        }
    }
}
