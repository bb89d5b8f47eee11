package vn.parindex.cli;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point: {@code java -jar parindex.jar run|validate|report ...}; see {@link Parindex}. */
@SpringBootApplication(scanBasePackages = "vn.parindex")
public class ParindexApplication {

    public static void main(String[] args) {
        Parindex parindex = Parindex.fromEnvironment();
        // Before the first logger exists: logback.xml writes to <home>/logs, and Spring Boot leaves logging alone.
        System.setProperty("parindex.logs", parindex.home().resolve("logs").toString());
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        System.exit(parindex.execute(args));
    }
}
