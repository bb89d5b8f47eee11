package vn.parindex.uncertainty;

import vn.parindex.scoring.SurveyRule;

/**
 * One survey leaf of one unit as the bootstrap resamples it: the leaf's maximum (in ten-thousandths, the warehouse's
 * scale) and mode, and per respondent (in respondent-id order) how many answers they gave to its questions, how
 * many of them were 4 or 5, and their sum.
 */
record SurveyLeafSample(String code, SurveyRule.Mode mode, long maxTenThousandths, int[] answers, int[] positive, int[] sum) {

    /**
     * The leaf's points in hundredths, from a sample's totals, exactly as SPEC §6 computes them (half-up to 2 decimals):
     * share = positive / answers, mean = (sum / answers − 1) / 4, times the maximum. No answers in the sample: 0.
     */
    long cents(long sampleAnswers, long samplePositive, long sampleSum) {
        if (sampleAnswers == 0) {
            return 0;
        }
        return switch (mode) {
            case SHARE -> Fixed.divideHalfUp(samplePositive, maxTenThousandths, 100 * sampleAnswers);
            case MEAN -> Fixed.divideHalfUp(sampleSum - sampleAnswers, maxTenThousandths, 400 * sampleAnswers);
        };
    }
}
