package vn.parindex.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import vn.parindex.report.model.ScorecardReport.Scorecard;
import vn.parindex.installation.AtomicFiles;
import vn.parindex.report.model.OfficialHeading;
import vn.parindex.report.model.PublishedMarks;
import vn.parindex.report.model.ScorecardReport;

/**
 * Renders {@code scorecards-<year>.pdf} (SPEC §8) from a {@link ScorecardReport} with the templates
 * {@code /reports/scorecard*.jrxml}: one A4 page per ranked unit. Each group's scorecards are filled as parts
 * of their own (runs of at most {@link #CARDS_PER_PART} cards), side by side on the executor given, and the parts
 * exported in order as one document while the later ones are still being filled, its pages numbered across the
 * parts. The same report always gives the same bytes, however many threads fill it. With an
 * official heading (SPEC §13), the first page carries it in place of its running header.
 */
public final class ScorecardPdfWriter {

    /** Cards of one part at most: the export writes a part while the next ones are filled (issue 24). */
    public static final int CARDS_PER_PART = 50;
    /**
     * Pages a part keeps in memory while it is filled (the rest wait in its swap file): all of a part of one-page
     * cards, since writing a page to the swap file and reading it back serialises its charts' objects (issue 24).
     * The swap file counts the page of each subreport's fill as well (a card holds several), hence the margin; a
     * part is at most {@link #CARDS_PER_PART} cards either way.
     */
    private static final int PAGES_IN_MEMORY = 10 * CARDS_PER_PART;
    /**
     * Parts filled ahead of the one being written: filling takes about a third of the time writing does, so one is
     * enough to keep the export fed; two parts' pages are in memory at a time.
     */
    private static final int PARTS_AHEAD = 1;

    /** Compiled on first use, once per process. */
    private static final class Templates {
        static final JasperReport MASTER = ReportTemplates.compile("scorecards");
        static final JasperReport DOMAINS = ReportTemplates.compile("scorecard-domains");
        static final JasperReport LOST = ReportTemplates.compile("scorecard-lost");
        static final JasperReport CHANGE = ReportTemplates.compile("scorecard-change");
    }

    private final Optional<OfficialHeading> heading;
    /** A published version's marks (SPEC §15), or null for the working copy. */
    private final PublishedMarks marks;
    private final JasperReport master;

    public ScorecardPdfWriter() {
        this(Optional.empty());
    }

    public ScorecardPdfWriter(Optional<OfficialHeading> heading) {
        this(heading, null);
    }

    public ScorecardPdfWriter(Optional<OfficialHeading> heading, PublishedMarks marks) {
        this.heading = Objects.requireNonNull(heading, "heading");
        this.marks = marks;
        this.master = marks == null ? Templates.MASTER : vn.parindex.report.pdf.PublishedMarksTemplate.compile("scorecards", "$F{title}", marks);
    }

    /** Writes the PDF, filling the parts one after another on this thread. */
    public void write(ScorecardReport report, Path target) {
        write(report, target, Runnable::run);
    }

    public void write(ScorecardReport report, Path target, Executor fillers) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(target, "target");
        write(report, target, fillers, title(report.year()));
    }

    /**
     * One unit's card as a document of its own ({@code report --year Y --unit CODE}): the page its unit gets in the
     * year's scorecards, the document titled with the unit's name.
     */
    public void writeUnit(ScorecardReport report, Path target) {
        Objects.requireNonNull(target, "target");
        if (report.scorecards().size() != 1) {
            throw new IllegalArgumentException("a unit's scorecard document holds one scorecard, not " + report.scorecards().size());
        }
        String title = title(report.year()) + " – " + java.text.Normalizer.normalize(report.scorecards().get(0).unitName(),
                java.text.Normalizer.Form.NFC);
        write(report, target, Runnable::run, title);
    }

    private void write(ScorecardReport report, Path target, Executor fillers, String title) {
        render(report, fillers, title, document -> AtomicFiles.write(target, document));
    }

    private static String title(int year) {
        return "Phiếu kết quả Chỉ số cải cách hành chính năm " + year;
    }

    public byte[] render(ScorecardReport report) {
        return render(report, Runnable::run);
    }

    public byte[] render(ScorecardReport report, Executor fillers) {
        ByteArrayOutputStream[] bytes = {null};
        render(report, fillers, title(report.year()), document -> {
            bytes[0] = new ByteArrayOutputStream();   // a second rendering starts from nothing
            try {
                document.writeTo(bytes[0]);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return bytes[0].toByteArray();
    }

    /**
     * Hands {@code sink} the document rendered on a page per card; should a card run longer ({@link PagesNotAsCounted}),
     * hands it the document again, rendered on the pages counted.
     */
    private void render(ScorecardReport report, Executor fillers, String title, java.util.function.Consumer<AtomicFiles.Content> sink) {
        try {
            sink.accept(out -> renderAsFilled(report, out, fillers, pagesPerCard(parts(report)), title));
        } catch (PagesNotAsCounted e) {
            List<Integer> counted = countPages(report, fillers);
            sink.accept(out -> renderAsFilled(report, out, fillers, counted, title));
        }
    }

    /**
     * A part filled another number of pages than its page numbers were counted on (a card ran to a second page): the
     * document being written is dropped and written again with the pages counted by {@link #countPages}.
     */
    private static final class PagesNotAsCounted extends RuntimeException {
        @java.io.Serial
        private static final long serialVersionUID = 1L;

        PagesNotAsCounted() {
            super("a scorecard part did not fill the pages counted for it", null, false, false);
        }
    }

    /**
     * Writes the parts while the next ones are filled (issue 24), each part's page numbers counted on {@code pages};
     * throws {@link PagesNotAsCounted} when a part fills another number of pages.
     */
    private void renderAsFilled(ScorecardReport report, OutputStream out, Executor fillers, List<Integer> pages, String title) {
        List<ScorecardReport> parts = parts(report);
        int total = pages.stream().mapToInt(Integer::intValue).sum();
        try {
            PdfExport.exportAsFilled(parts.size(), i -> {
                int before = pages.subList(0, i).stream().mapToInt(Integer::intValue).sum();
                return CompletableFuture.supplyAsync(() -> fillPart(parts.get(i), i == 0, before, total), fillers).thenApply(filled -> {
                    if (filled.pages() != pages.get(i)) {
                        filled.close();
                        throw new PagesNotAsCounted();
                    }
                    return filled;
                });
            }, PARTS_AHEAD, title, documentId(report, title), report.dataDate(), report.year(), out);
        } catch (JRException e) {
            throw failure(report, e);
        }
    }

    /**
     * The pages each part fills, found by filling it and letting it go at once (the page numbers do not change how
     * many pages there are); at most as many parts in memory as there are threads.
     */
    private List<Integer> countPages(ScorecardReport report, Executor fillers) {
        List<ScorecardReport> parts = parts(report);
        List<Integer> guess = pagesPerCard(parts);
        int total = guess.stream().mapToInt(Integer::intValue).sum();
        List<CompletableFuture<Integer>> counting = new ArrayList<>();
        int before = 0;
        for (int i = 0; i < parts.size(); i++) {
            ScorecardReport part = parts.get(i);
            boolean first = i == 0;
            int pagesBefore = before;
            counting.add(CompletableFuture.supplyAsync(() -> {
                try (PdfExport.Filled filled = fillPart(part, first, pagesBefore, total)) {
                    return filled.pages();
                }
            }, fillers));
            before += guess.get(i);
        }
        List<Integer> counted = new ArrayList<>();
        for (CompletableFuture<Integer> part : counting) {
            try {
                counted.add(part.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        return counted;
    }

    /** A scorecard is one page, so each part's first page number is known before it is filled. */
    private static List<Integer> pagesPerCard(List<ScorecardReport> parts) {
        return parts.stream().map(p -> Math.max(1, p.scorecards().size())).toList();
    }

    private byte[] documentId(ScorecardReport report, String title) {
        List<Object> identity = new ArrayList<>(Arrays.asList(report.year(), report.dataDate()));
        identity.addAll(report.scorecards());
        identity.add(new java.util.TreeMap<>(report.groupNames()));
        identity.add(report.history().units());
        heading.ifPresent(identity::add);
        if (marks != null) {
            identity.add(marks);
        }
        identity.add(title);
        return PdfExport.documentId(identity);
    }

    /**
     * The parts filled and written one after another: each group's cards ({@link #partsByGroup}) in runs of at most
     * {@link #CARDS_PER_PART}, so that the export can begin after the first run is filled. Fixed by the report
     * alone, never by the threads, so the bytes are too.
     */
    public static List<ScorecardReport> parts(ScorecardReport report) {
        List<ScorecardReport> parts = new ArrayList<>();
        for (ScorecardReport group : partsByGroup(report)) {
            List<Scorecard> cards = group.scorecards();
            for (int from = 0; from == 0 || from < cards.size(); from += CARDS_PER_PART) {
                parts.add(new ScorecardReport(report.year(), report.dataDate(), cards.subList(from, Math.min(cards.size(), from + CARDS_PER_PART)),
                        report.groupNames(), report.history()));
            }
        }
        return parts;
    }

    /** The scorecards split where the group changes (they come group by group); one empty part when there are none. */
    static List<ScorecardReport> partsByGroup(ScorecardReport report) {
        List<ScorecardReport> parts = new ArrayList<>();
        List<Scorecard> current = new ArrayList<>();
        for (Scorecard card : report.scorecards()) {
            if (!current.isEmpty() && !Objects.equals(current.get(0).groupCode(), card.groupCode())) {
                parts.add(new ScorecardReport(report.year(), report.dataDate(), current, report.groupNames(), report.history()));
                current = new ArrayList<>();
            }
            current.add(card);
        }
        parts.add(new ScorecardReport(report.year(), report.dataDate(), current, report.groupNames(), report.history()));
        return parts;
    }

    /** Every card carries the heading when configured (SPEC §13), so every part gets it; {@code first} opens the document. */
    private PdfExport.Filled fillPart(ScorecardReport part, boolean first, int pagesBefore, int totalPages) {
        try {
            Map<String, Object> parameters = ScorecardPdfData.parameters(part);
            parameters.put("DOMAINS_REPORT", Templates.DOMAINS);
            parameters.put("LOST_REPORT", Templates.LOST);
            parameters.put("CHANGE_REPORT", Templates.CHANGE);
            parameters.put("PAGES_BEFORE", pagesBefore);
            parameters.put("PAGES_IN_ALL", totalPages);
            heading.ifPresent(h -> parameters.putAll(HeadingTemplate.parameters(h, Templates.MASTER.getColumnWidth())));
            parameters.put(RunningHeaderScriptlet.HEADING_ON_EVERY_PAGE, true);
            if (marks != null) {
                parameters.putAll(vn.parindex.report.pdf.PublishedMarksTemplate.parameters(marks));
            }
            return PdfExport.fill(master, parameters, ScorecardPdfData.records(part), PAGES_IN_MEMORY);
        } catch (JRException e) {
            throw failure(part, e);
        }
    }

    private static IllegalStateException failure(ScorecardReport report, JRException e) {
        return new IllegalStateException("cannot render the scorecards PDF of " + report.year() + ": " + e.getMessage(), e);
    }
}
