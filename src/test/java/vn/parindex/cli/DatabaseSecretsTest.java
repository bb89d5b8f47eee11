package vn.parindex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.support.RogueMysqlServer;
import vn.parindex.installation.DatabaseSettings;

/** Secrets of the installation against a hostile server, a careless URL and a password on the command line. */
class DatabaseSecretsTest {

    private static final String MARKER = "marker-of-the-configuration-file-7f3a";

    @TempDir
    Path home;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int parindex(Map<String, String> env, String... args) {
        return new Parindex(home, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
    }

    @Test
    void aServerAskingForALocalFileGetsNothing() throws Exception {
        Path config = home.resolve("parindex.properties");
        try (RogueMysqlServer rogue = new RogueMysqlServer(config.toString())) {
            Files.writeString(config, "# " + MARKER + "\nPARINDEX_DB_URL=jdbc:mysql://127.0.0.1:" + rogue.port()
                    + "/parindex?sslMode=DISABLED\nPARINDEX_DB_USER=u\nPARINDEX_DB_PASSWORD=p\n");
            Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));

            int code = parindex(Map.of(), "run", "--settle", "0");

            assertThat(code).isEqualTo(ExitCode.FAILED.code());
            assertThat(rogue.fileRequests()).as("the server did ask").isPositive();
            assertThat(new String(rogue.fileBytesReceived(), StandardCharsets.UTF_8)).doesNotContain(MARKER).isEmpty();
        }
    }

    @Test
    void theDriverRefusesFileRequestsOnEveryConnectionTheProductOpens() throws Exception {
        Path secret = home.resolve("secret.txt");
        Files.writeString(secret, MARKER);
        try (RogueMysqlServer rogue = new RogueMysqlServer(secret.toString())) {
            DatabaseSettings settings = new DatabaseSettings("jdbc:mysql://127.0.0.1:" + rogue.port() + "/x?sslMode=DISABLED", "u", "p");
            try (var c = DriverManager.getConnection(settings.jdbcUrl(), "u", "p"); var s = c.createStatement()) {
                s.execute("SELECT 1");
            } catch (java.sql.SQLException expected) {
                // the rogue answers with an error once its request is refused
            }
            assertThat(rogue.fileRequests()).isPositive();
            assertThat(rogue.fileBytesReceived()).isEmpty();
        }
    }

    @Test
    void aUrlThatWouldLetTheServerReadFilesIsRefused() {
        int code = parindex(Map.of("PARINDEX_DB_URL", "jdbc:mysql://127.0.0.1:1/x?allowLoadLocalInfile=true"), "run");

        assertThat(code).isEqualTo(ExitCode.BAD_USAGE.code());
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("allowLoadLocalInfile");
    }

    @Test
    void aPasswordInTheUrlIsNeverPrinted() {
        int code = parindex(Map.of("PARINDEX_DB_URL", "jdbc:mysql://admin:hunter2@127.0.0.1:1/x?password=hunter3&connectTimeout=500"),
                "run", "--settle", "0");

        assertThat(code).isEqualTo(ExitCode.FAILED.code());
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("***").doesNotContain("hunter2").doesNotContain("hunter3");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("hunter");
    }

    @Test
    void aPasswordWithAnAtSignInAnUnreadableUrlIsNeitherPrintedNorLogged() throws Exception {
        Path log = Path.of(System.getProperty("parindex.logs", "logs"), "parindex.log");
        long before = Files.exists(log) ? Files.size(log) : 0;

        int code = parindex(Map.of("PARINDEX_DB_URL", "jdbc:mysql://admin:Pw@rd-secret@127.0.0.1:1/x"), "run", "--settle", "0");

        assertThat(code).isEqualTo(ExitCode.BAD_USAGE.code());
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("***").doesNotContain("rd-secret");
        if (Files.exists(log)) {
            byte[] all = Files.readAllBytes(log);
            assertThat(new String(all, (int) before, all.length - (int) before, StandardCharsets.UTF_8)).doesNotContain("rd-secret");
        }
    }

    @Test
    void aDatabaseSettingOnTheCommandLineIsRefused() {
        System.setProperty("spring.datasource.password", "from-java-opts");
        try {
            int code = parindex(Map.of("PARINDEX_DB_URL", "jdbc:mysql://127.0.0.1:1/x"), "run");

            assertThat(code).isEqualTo(ExitCode.BAD_USAGE.code());
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("-Dspring.datasource.password").contains("PARINDEX_DB_PASSWORD")
                    .doesNotContain("from-java-opts");
        } finally {
            System.clearProperty("spring.datasource.password");
        }
    }

    @Test
    void noSpringPropertyIsTakenFromTheCommandLine() {
        System.setProperty("spring.application.json", "{\"spring\":{\"datasource\":{\"password\":\"CMDLINEPW\"}}}");
        try {
            int code = parindex(Map.of("PARINDEX_DB_URL", "jdbc:mysql://127.0.0.1:1/x"), "run");

            assertThat(code).isEqualTo(ExitCode.BAD_USAGE.code());
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("-Dspring.application.json").doesNotContain("CMDLINEPW");
        } finally {
            System.clearProperty("spring.application.json");
        }
    }

    @Test
    void keyStorePasswordsInTheUrlStayOutOfTheLog() throws Exception {
        vn.parindex.installation.DatabaseSettings db = vn.parindex.support.TestDatabase.newSchema();
        Path log = Path.of(System.getProperty("parindex.logs", "logs"), "parindex.log");
        long before = Files.exists(log) ? Files.size(log) : 0;

        int code = parindex(Map.of("PARINDEX_DB_URL", db.url() + "?trustCertificateKeyStorePassword=TRUSTSECRET7",
                "PARINDEX_DB_USER", db.user(), "PARINDEX_DB_PASSWORD", db.password() == null ? "" : db.password()), "run", "--settle", "0");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        byte[] all = Files.readAllBytes(log);
        String written = new String(all, (int) before, all.length - (int) before, StandardCharsets.UTF_8);
        assertThat(written).isNotEmpty().doesNotContain("TRUSTSECRET7");
        assertThat(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).doesNotContain("TRUSTSECRET7");
    }

    @Test
    void aConfigurationFileOthersCanReadIsNamedWithTheFix() throws Exception {
        Path config = home.resolve("parindex.properties");
        Files.writeString(config, "PARINDEX_DB_URL=jdbc:mysql://127.0.0.1:1/x?connectTimeout=500\nPARINDEX_DB_PASSWORD=p\n");
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));

        parindex(Map.of(), "run", "--settle", "0");

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("warning").contains("chmod 600 " + config);
    }

    @Test
    void dataAndLogsAreClosedToOtherUsersEvenWhereAnOlderVersionLeftThemOpen() throws Exception {
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));
        Files.setPosixFilePermissions(home.resolve("data"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(home.resolve("logs"), PosixFilePermissions.fromString("rwxr-xr-x"));

        parindex(Map.of("PARINDEX_DB_URL", "jdbc:mysql://127.0.0.1:1/x?connectTimeout=500"), "run", "--settle", "0");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("data")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("logs")))).isEqualTo("rwx------");
    }
}
