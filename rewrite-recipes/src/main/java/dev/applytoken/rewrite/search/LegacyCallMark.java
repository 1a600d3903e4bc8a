package dev.applytoken.rewrite.search;

import dev.applytoken.legacy.Verdict;

/** A verdict of the judge, to be placed as a search result on one tree of a compilation unit. */
public record LegacyCallMark(Verdict verdict) {

    /** Returns the text of the search result marker: operation, confidence and evidence. */
    public String description() {
        return "legacy token server " + verdict.operation().reportName() + " (" + verdict.confidence().reportName()
                + "): " + String.join("; ", verdict.evidence());
    }
}
