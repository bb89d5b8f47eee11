package vn.parindex.collection;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the warehouse holds of one year's collection, by unit code: the current accepted file of each kind, survey
 * respondents, dossier rows, metric codes sent, rejected files naming the unit (oldest first) and the self-assessment
 * rows lacking evidence (by unit, in file and line order).
 */
public record CollectionFacts(Map<DataKind, Map<String, ReceivedFile>> received, Map<String, Long> respondents,
        Map<String, Long> dossierRows, Map<String, Set<String>> metricCodes, Map<String, List<Rejection>> rejections,
        Map<String, List<EvidenceGap>> evidenceGaps) {
}
