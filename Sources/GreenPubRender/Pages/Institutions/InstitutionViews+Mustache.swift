import Mustache

// Direct property lookup for the view models rendered once per institution (30,000 pages
// for a large county): swift-mustache otherwise builds a Mirror of the value for every tag it
// resolves, which dominated the build time. Each lookup names every stored property;
// `MustacheLookupTests` checks that none is missing.

extension LinkView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        case "current": current
        default: nil
        }
    }
}

extension CardView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "value": value
        case "unit": unit
        case "note": note
        case "href": href
        default: nil
        }
    }
}

extension CardsView: MustacheParent {
    func child(named name: String) -> Any? { name == "cards" ? cards : nil }
}

extension LinksView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "links": links
        default: nil
        }
    }
}

extension FigureView: MustacheParent {
    func child(named name: String) -> Any? { name == "html" ? html : nil }
}

extension TableView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "caption": caption
        case "corner": corner
        case "columns": columns
        case "rows": rows
        case "footer": footer
        case "hasFooter": hasFooter
        case "style": style
        default: nil
        }
    }
}

extension TableView.Column: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "unit": unit
        default: nil
        }
    }
}

extension TableView.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "header": header
        case "href": href
        case "note": note
        case "cells": cells
        default: nil
        }
    }
}

extension TableView.Cell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "isNumber": isNumber
        default: nil
        }
    }
}

extension InstitutionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "id": id
        case "category": category
        case "level": level
        case "groupTitle": groupTitle
        case "groupHref": groupHref
        case "yearNote": yearNote
        case "latestYear": latestYear
        case "cards": cards
        case "factsTable": factsTable
        case "factsNote": factsNote
        case "trendFigure": trendFigure
        case "mixFigure": mixFigure
        case "projects": projects
        case "hasProjects": hasProjects
        case "projectCount": projectCount
        case "registerHref": registerHref
        case "listHref": listHref
        case "methodologyHref": methodologyHref
        default: nil
        }
    }
}

extension ProjectRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "title": title
        case "href": href
        case "kind": kind
        case "status": status
        case "statusClass": statusClass
        case "start": start
        case "end": end
        case "figures": figures
        case "note": note
        default: nil
        }
    }
}

extension InstitutionListView.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rank": rank
        case "name": self.name
        case "id": id
        case "href": href
        case "intensity": intensity
        case "sparkline": sparkline
        case "area": area
        case "users": users
        case "energy": energy
        case "co2": co2
        case "water": water
        default: nil
        }
    }
}
