package vn.parindex.collection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import vn.parindex.scoring.Criterion;
import vn.parindex.scoring.Method;
import vn.parindex.scoring.RatioRule;
import vn.parindex.scoring.SurveyRule;

/**
 * What a group's framework asks of each of its units (SPEC §16): a self-assessment and appraisal rows when it has
 * an {@code appraised} leaf, survey answers from at least {@code minResponses} respondents when it has a survey leaf
 * (the largest {@code min_responses} of its survey leaves), dossier ledger rows when a ratio leaf uses
 * {@code dossiers.*}, and the other metrics its ratio leaves name.
 */
public record Expectations(List<DataKind> kinds, int minResponses, List<String> metricCodes) {

    public Expectations {
        kinds = List.copyOf(kinds);
        metricCodes = List.copyOf(metricCodes);
    }

    public static Expectations of(Collection<Criterion> framework) {
        boolean appraised = false;
        boolean survey = false;
        boolean dossiers = false;
        int minResponses = 0;
        TreeSet<String> metrics = new TreeSet<>();
        for (Criterion c : framework) {
            if (c.method() == Method.APPRAISED) {
                appraised = true;
            } else if (c.rule() instanceof SurveyRule rule) {
                survey = true;
                minResponses = Math.max(minResponses, rule.minResponses());
            } else if (c.rule() instanceof RatioRule rule) {
                if (rule.metric().startsWith("dossiers.")) {
                    dossiers = true;
                } else {
                    metrics.add(rule.metric());
                }
            }
        }
        List<DataKind> kinds = new ArrayList<>();
        if (appraised) {
            kinds.add(DataKind.SELF_ASSESSMENT);
            kinds.add(DataKind.APPRAISAL);
        }
        if (survey) {
            kinds.add(DataKind.SURVEY);
        }
        if (dossiers) {
            kinds.add(DataKind.DOSSIERS);
        }
        if (!metrics.isEmpty()) {
            kinds.add(DataKind.METRICS);
        }
        return new Expectations(kinds, Math.max(1, minResponses), List.copyOf(metrics));
    }

    public boolean expects(DataKind kind) {
        return kinds.contains(kind);
    }
}
