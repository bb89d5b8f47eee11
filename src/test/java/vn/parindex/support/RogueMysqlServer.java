package vn.parindex.support;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A hostile server speaking just enough of the MySQL protocol: it admits any login, then answers every query with
 * a LOCAL INFILE request for {@code wanted} and keeps whatever the client sends back. A client that honours such
 * requests hands it the file.
 */
public final class RogueMysqlServer implements AutoCloseable {

    private final ServerSocket socket;
    private final String wanted;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final Thread thread;
    private volatile int requests;

    public RogueMysqlServer(String wanted) throws IOException {
        this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.wanted = wanted;
        this.thread = new Thread(this::serve, "rogue-mysql");
        thread.setDaemon(true);
        thread.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Everything the clients sent in answer to the file requests. */
    public synchronized byte[] fileBytesReceived() {
        return received.toByteArray();
    }

    public int fileRequests() {
        return requests;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(10_000);
                converse(client.getInputStream(), client.getOutputStream());
            } catch (IOException closedOrGone) {
                // next client, or the end
            }
        }
    }

    private void converse(InputStream in, OutputStream out) throws IOException {
        DataInputStream data = new DataInputStream(in);
        send(out, 0, handshake());
        readPacket(data);                       // the login: any will do
        send(out, 2, ok());
        while (true) {
            byte[] command = readPacket(data);
            if (command.length == 0 || command[0] == 0x01) {
                return;                         // COM_QUIT
            }
            if (command[0] != 0x03) {
                send(out, 1, ok());
                continue;
            }
            requests++;
            byte[] name = wanted.getBytes(StandardCharsets.UTF_8);
            byte[] request = new byte[name.length + 1];
            request[0] = (byte) 0xFB;
            System.arraycopy(name, 0, request, 1, name.length);
            send(out, 1, request);
            int seq = 2;
            while (true) {
                byte[] chunk = readPacket(data);
                seq++;
                if (chunk.length == 0) {
                    break;
                }
                synchronized (this) {
                    received.write(chunk);
                }
            }
            send(out, seq, error());
        }
    }

    private static byte[] handshake() {
        ByteArrayOutputStream p = new ByteArrayOutputStream();
        p.write(10);
        p.writeBytes("8.0.36\0".getBytes(StandardCharsets.US_ASCII));
        p.writeBytes(new byte[] {1, 0, 0, 0});
        p.writeBytes("abcdefgh".getBytes(StandardCharsets.US_ASCII));
        p.write(0);
        int capabilities = 0x1 | 0x4 | 0x8 | 0x80 | 0x200 | 0x2000 | 0x8000 | 0x20000 | 0x80000;
        p.write(capabilities & 0xff);
        p.write((capabilities >> 8) & 0xff);
        p.write(33);
        p.writeBytes(new byte[] {2, 0});
        p.write((capabilities >> 16) & 0xff);
        p.write((capabilities >> 24) & 0xff);
        p.write(21);
        p.writeBytes(new byte[10]);
        p.writeBytes("ijklmnopqrst\0".getBytes(StandardCharsets.US_ASCII));
        p.writeBytes("mysql_native_password\0".getBytes(StandardCharsets.US_ASCII));
        return p.toByteArray();
    }

    private static byte[] ok() {
        return new byte[] {0, 0, 0, 2, 0, 0, 0};
    }

    private static byte[] error() {
        byte[] message = "#HY000refused".getBytes(StandardCharsets.US_ASCII);
        byte[] p = new byte[3 + message.length];
        p[0] = (byte) 0xFF;
        p[1] = (byte) 0x48;
        p[2] = 0x04;
        System.arraycopy(message, 0, p, 3, message.length);
        return p;
    }

    private static void send(OutputStream out, int sequence, byte[] payload) throws IOException {
        out.write(new byte[] {(byte) payload.length, (byte) (payload.length >> 8), (byte) (payload.length >> 16), (byte) sequence});
        out.write(payload);
        out.flush();
    }

    private static byte[] readPacket(DataInputStream in) throws IOException {
        byte[] header = new byte[4];
        in.readFully(header);
        int length = (header[0] & 0xff) | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16;
        byte[] payload = new byte[length];
        in.readFully(payload);
        return payload;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
