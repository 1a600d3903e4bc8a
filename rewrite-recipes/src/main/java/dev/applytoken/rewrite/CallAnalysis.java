package dev.applytoken.rewrite;

/** The verdict on one legacy call: migrate it, or leave it for a person. */
sealed interface CallAnalysis permits LegacyCall, LegacyCallAnalyzer.ManualCall {
}
