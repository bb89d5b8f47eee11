package vn.parindex.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Set;

/**
 * The options of {@code publish}, {@code reopen} and {@code publications} (SPEC §15), checked as the command line is
 * parsed: a malformed date, a missing decision number or reason is a usage error (exit 2) with one clear line.
 */
public record YearRecordOptions(boolean provisional, boolean isFinal, LocalDate commentsUntil, String decision,
        LocalDate decisionDate, String reason) {

    static final YearRecordOptions NONE = new YearRecordOptions(false, false, null, null, null, null);

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final int LONGEST_DECISION = 100;

    static boolean takes(Command.Name name, String option) {
        return switch (name) {
            case PUBLISH -> Set.of("--provisional", "--final", "--comments-until", "--decision", "--decision-date").contains(option);
            case REOPEN -> option.equals("--reason");
            default -> false;
        };
    }

    static boolean flag(String option) {
        return option.equals("--provisional") || option.equals("--final");
    }

    static final class Builder {
        private boolean provisional;
        private boolean isFinal;
        private LocalDate commentsUntil;
        private String decision;
        private LocalDate decisionDate;
        private String reason;

        void set(String option, String value) {
            switch (option) {
                case "--provisional" -> provisional = true;
                case "--final" -> isFinal = true;
                case "--comments-until" -> commentsUntil = date(option, value);
                case "--decision-date" -> decisionDate = date(option, value);
                case "--decision" -> decision = value.strip().replaceAll("\\s+", " ");
                case "--reason" -> reason = value.strip();
                default -> throw new Command.UsageException("unexpected argument '" + option + "'");
            }
        }

        YearRecordOptions build(Command.Name name, List<Integer> years) {
            switch (name) {
                case PUBLISH -> {
                    if (years.size() != 1) {
                        throw new Command.UsageException("publish needs exactly one --year");
                    }
                    if (provisional == isFinal) {
                        throw new Command.UsageException("publish needs either --provisional or --final");
                    }
                    if (provisional && (decision != null || decisionDate != null)) {
                        throw new Command.UsageException("--decision and --decision-date belong to --final, not --provisional");
                    }
                    if (isFinal) {
                        if (commentsUntil != null) {
                            throw new Command.UsageException("--comments-until belongs to --provisional, not --final");
                        }
                        if (decision == null || decision.isEmpty()) {
                            throw new Command.UsageException("--final needs --decision with the decision's number, e.g. --decision \"15/QĐ-UBND\"");
                        }
                        if (!decision.contains("/") || decision.length() > LONGEST_DECISION || decision.chars().anyMatch(Character::isISOControl)) {
                            throw new Command.UsageException("--decision must be a decision's number such as \"15/QĐ-UBND\" (at most "
                                    + LONGEST_DECISION + " characters), got '" + vn.parindex.installation.Printable.of(decision) + "'");
                        }
                        if (decisionDate == null) {
                            throw new Command.UsageException("--final needs --decision-date YYYY-MM-DD, the date the decision was signed");
                        }
                    }
                }
                case REOPEN -> {
                    if (years.size() != 1) {
                        throw new Command.UsageException("reopen needs exactly one --year");
                    }
                    if (reason == null || reason.isEmpty()) {
                        throw new Command.UsageException("reopen needs --reason \"…\": why the year is reopened (it is kept in the record)");
                    }
                }
                case PUBLICATIONS -> {
                    if (years.size() > 1) {
                        throw new Command.UsageException("publications takes at most one --year");
                    }
                }
                default -> {
                    return NONE;
                }
            }
            return new YearRecordOptions(provisional, isFinal, commentsUntil, decision, decisionDate, reason);
        }

        private static LocalDate date(String option, String value) {
            try {
                return LocalDate.parse(value.strip(), ISO);
            } catch (DateTimeParseException e) {
                throw new Command.UsageException(option + " must be a date YYYY-MM-DD, got '" + vn.parindex.installation.Printable.of(value) + "'");
            }
        }
    }
}
