import Mustache

// The provider page's view models, read by templates through one switch each (see TemplateKeys.swift).

extension ProviderPage: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "site": site
        case "id": id
        case "name": name
        case "organisation": organisation
        case "light": light
        case "explanation": explanation
        case "since": since
        case "guidance": guidance
        case "reviewNotice": reviewNotice
        case "pendingLift": pendingLift
        case "statusNotice": statusNotice
        case "services": services
        case "areas": areas
        case "locality": locality
        case "latestRating": latestRating
        case "standardsCaption": standardsCaption
        case "standards": standards
        case "hasStandards": hasStandards
        case "actions": actions
        case "hasActions": hasActions
        case "ratings": ratings
        case "hasRatings": hasRatings
        case "concerns": concerns
        case "hasConcerns": hasConcerns
        case "contact": contact
        case "registration": registration
        case "hasRegistration": hasRegistration
        case "cqc": cqc
        case "internalDetails": internalDetails
        default: nil
        }
    }
}

extension StandardRow: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "number": number
        case "title": title
        case "critical": critical
        case "light": light
        case "note": note
        default: nil
        }
    }
}

extension ActionRow: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "id": id
        case "standard": standard
        case "text": text
        case "owner": owner
        case "due": due
        case "dueISO": dueISO
        case "isOverdue": isOverdue
        case "dueText": dueText
        case "status": status
        default: nil
        }
    }
}

extension RatingSummary: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "date": date
        case "dateISO": dateISO
        case "basis": basis
        case "overall": overall
        case "pending": pending
        case "outcome": outcome
        case "summaryHTML": summaryHTML
        case "internalHTML": internalHTML
        case "officer": officer
        case "approvals": approvals
        default: nil
        }
    }
}

extension ConcernRow: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": title
        case "process": process
        case "raised": raised
        case "meetings": meetings
        case "status": status
        case "closed": closed
        case "internalDetails": internalDetails
        default: nil
        }
    }
}

extension InternalConcernDetails: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "risk": risk
        case "triggers": triggers
        case "sources": sources
        case "chair": chair
        case "lead": lead
        case "summaryHTML": summaryHTML
        case "internalHTML": internalHTML
        case "actions": actions
        case "actionsLabel": actionsLabel
        case "actionsCaption": actionsCaption
        default: nil
        }
    }
}

extension InternalProviderDetails: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "officer": officer
        case "officerEmail": officerEmail
        case "notesHTML": notesHTML
        case "contract": contract
        case "dueItems": dueItems
        default: nil
        }
    }
}

extension ContactBlock: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "address": address
        case "postcode": postcode
        case "phone": phone
        case "email": email
        case "emailHref": emailHref
        case "website": website
        case "websiteHref": websiteHref
        default: nil
        }
    }
}

extension RegistrationLink: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "label": label
        case "id": id
        case "href": href
        default: nil
        }
    }
}
