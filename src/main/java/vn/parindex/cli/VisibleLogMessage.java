package vn.parindex.cli;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import vn.parindex.csv.VisibleText;

/**
 * The log's {@code %msg}: file names and values quoted in a log line show control, bidirectional and zero-width
 * characters escaped (SPEC §3), so the log can neither be forged line by line nor read reordered.
 */
public final class VisibleLogMessage extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return VisibleText.of(super.convert(event));
    }
}
