package vn.parindex.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.installation.EmbeddedCredential;
import vn.parindex.installation.EmbeddedDatabase;

/** SPEC §14: the embedded server answers only this machine, and only the installation's own credential. */
class EmbeddedServerSecurityTest {

    @TempDir
    Path home;

    @Test
    void listensOnLoopbackOnlyAndAdmitsOnlyTheInstallationsCredential() throws Exception {
        Path data = home.resolve("data");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data.resolve("mariadb-base"), data.resolve("mariadb"))) {
            assertThat(listeningAddresses(db.port())).isNotEmpty().allMatch(a -> a.equals("127.0.0.1"));
            for (InetAddress address : nonLoopbackAddresses()) {
                assertThatThrownBy(() -> {
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress(address, db.port()), 2000);
                    }
                }).as("connecting on " + address).isInstanceOf(IOException.class);
            }

            refused(db, "attacker", "wrong");
            refused(db, "root", "");
            refused(db, "root", "wrong");
            refused(db, EmbeddedCredential.USER, "wrong");
            refused(db, EmbeddedCredential.USER, "");
            try (Connection c = DriverManager.getConnection(db.serverUrl(), db.credential().user(), db.credential().password())) {
                assertThat(c.isValid(2)).isTrue();
            }
            assertThat(ProcessHandle.allProcesses().filter(p -> p.info().command().map(cmd -> cmd.endsWith("mariadbd")).orElse(false))
                    .flatMap(p -> p.info().arguments().stream().flatMap(java.util.Arrays::stream))
                    .filter(arg -> arg.contains(db.credential().password()))).as("the password on a command line").isEmpty();
        }
        Path credential = EmbeddedDatabase.credentialFile(data.resolve("mariadb"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credential))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(Files.exists(data.resolve("mariadb-base/init.sql"))).as("the init file is removed once the server is up").isFalse();
    }

    @Test
    void anInstallationWithoutACredentialIsClosedOnItsNextStart() throws Exception {
        Path data = home.resolve("data");
        String first;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data.resolve("mariadb-base"), data.resolve("mariadb"))) {
            first = db.credential().password();
        }
        // what an older version left: no credential, data/ open to everyone
        Files.delete(EmbeddedDatabase.credentialFile(data.resolve("mariadb")));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));

        try (EmbeddedDatabase db = EmbeddedDatabase.start(data.resolve("mariadb-base"), data.resolve("mariadb"))) {
            assertThat(db.credential().password()).isNotEqualTo(first).matches("[0-9a-f]{48}");
            refused(db, EmbeddedCredential.USER, first);
            try (Connection c = DriverManager.getConnection(db.serverUrl(), db.credential().user(), db.credential().password())) {
                assertThat(c.isValid(2)).isTrue();
            }
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    }

    private static void refused(EmbeddedDatabase db, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(db.serverUrl(), user, password).close())
                .as("login as %s/%s", user, password)
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
    }

    /** Local addresses of the sockets listening on {@code port}, from /proc/net/tcp and tcp6. */
    static List<String> listeningAddresses(int port) throws IOException {
        List<String> found = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] f = line.trim().split("\\s+");
                String[] local = f[1].split(":");
                if (Integer.parseInt(local[1], 16) == port && f[3].equals("0A")) {
                    found.add(address(local[0]));
                }
            }
        }
        return found;
    }

    private static String address(String hex) {
        if (hex.length() == 8) {
            long v = Long.parseLong(hex, 16);
            return String.format(Locale.ROOT, "%d.%d.%d.%d", v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >> 24) & 0xff);
        }
        return hex.equals("00000000000000000000000000000000") ? "::" : "ipv6:" + hex;
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> found = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (!a.isLoopbackAddress() && a instanceof Inet4Address) {
                    found.add(a);
                }
            }
        }
        return found;
    }
}
