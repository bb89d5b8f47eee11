package vn.parindex.scoring;

/** A parsed scoring rule of a ratio or survey leaf (SPEC §6). */
public sealed interface Rule permits RatioRule, SurveyRule {
}
