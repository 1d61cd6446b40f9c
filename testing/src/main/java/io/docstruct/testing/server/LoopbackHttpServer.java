package io.docstruct.testing.server;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP/1.1 server on 127.0.0.1, enough for OCR clients: requests with a {@code Content-Length} or
 * chunked body, {@code Expect: 100-continue}, kept-alive connections, and answers whose length is known. One
 * thread serves each open connection; at most {@code slots} requests are handled at once.
 *
 * <p>Every answer, status line, header fields and body, leaves in one write on a socket with {@code
 * TCP_NODELAY}. The JDK's {@code HttpServer} writes the header fields and the body separately; with Nagle's
 * algorithm on (its default, changed only JVM-wide through {@code sun.net.httpserver.nodelay}), the body then
 * waits for the client's delayed ACK of the header fields, about 40 ms on every answer. This server sets
 * nothing outside its own sockets.
 */
final class LoopbackHttpServer implements AutoCloseable {
  /** Handles one request; {@code null} drops the connection without an answer. */
  interface Handler {
    @Nullable Reply handle(Request request) throws IOException, InterruptedException;
  }

  /**
   * One request. The body ends with the request; the handler need not read it all.
   *
   * @param head the request line and header fields
   * @param body the body, empty when the request has none
   */
  record Request(RequestHead head, RequestBody body) {
    String method() {
      return head.method();
    }

    String rawPath() {
      return head.rawPath();
    }

    /** The first value of a header field, by case-insensitive name. */
    @Nullable String header(String name) {
      return head.field(name);
    }
  }

  /**
   * An answer.
   *
   * @param status the HTTP status
   * @param contentType its {@code Content-Type}
   * @param headers further header fields, in order; names and values of printable ASCII
   * @param body the body
   */
  record Reply(int status, String contentType, List<Map.Entry<String, String>> headers, byte[] body) {
    Reply {
      headers = List.copyOf(headers);
    }

    /** Status line, header fields and (unless {@code head}) body in one array. */
    byte[] encode(boolean keepAlive, boolean head) {
      StringBuilder h = new StringBuilder(256);
      h.append("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
      h.append("Content-Type: ").append(contentType).append("\r\n");
      h.append("Content-Length: ").append(body.length).append("\r\n");
      for (Map.Entry<String, String> e : headers) {
        h.append(e.getKey()).append(": ").append(e.getValue()).append("\r\n");
      }
      if (!keepAlive) {
        h.append("Connection: close\r\n");
      }
      h.append("\r\n");
      byte[] top = h.toString().getBytes(StandardCharsets.ISO_8859_1);
      ByteArrayOutputStream out = new ByteArrayOutputStream(top.length + (head ? 0 : body.length));
      out.writeBytes(top);
      if (!head) {
        out.writeBytes(body);
      }
      return out.toByteArray();
    }

    private static String reason(int status) {
      return switch (status) {
        case 200 -> "OK";
        case 400 -> "Bad Request";
        case 401 -> "Unauthorized";
        case 404 -> "Not Found";
        case 500 -> "Internal Server Error";
        default -> "";
      };
    }
  }

  /** How long a kept-alive connection may wait for its next request, and a request for its next bytes. */
  static final int IDLE_TIMEOUT_MILLIS = 60_000;

  /** Most unread body bytes skipped after an answer to keep the connection; beyond, it is closed. */
  static final long MAX_DRAIN = 64L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(LoopbackHttpServer.class);
  private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

  private final ServerSocket listener;
  private final Handler handler;
  private final Semaphore slots;
  private final ExecutorService connections;
  private final List<Thread> threads = new ArrayList<>();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Thread acceptor;

  /**
   * Binds {@code 127.0.0.1:port} (0: any free port) and starts accepting.
   *
   * @throws IOException if the port cannot be bound
   */
  LoopbackHttpServer(int port, int slots, String threadPrefix, Handler handler) throws IOException {
    this.handler = handler;
    this.slots = new Semaphore(slots);
    this.listener = new ServerSocket();
    try {
      listener.bind(new InetSocketAddress(loopback(), port), 64);
    } catch (IOException e) {
      listener.close();
      throw e;
    }
    AtomicInteger counter = new AtomicInteger();
    ThreadFactory factory =
        r -> {
          Thread t = new Thread(r, threadPrefix + counter.incrementAndGet());
          t.setDaemon(true);
          synchronized (threads) {
            threads.add(t);
          }
          return t;
        };
    this.connections = Executors.newCachedThreadPool(factory);
    this.acceptor = factory.newThread(this::accept);
    acceptor.start();
  }

  int port() {
    return listener.getLocalPort();
  }

  /**
   * Stops accepting, closes every open connection (a request being handled loses its connection), interrupts
   * the handlers and waits for every thread to end. The port is free when this returns. Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    closeQuietly(listener);
    open.forEach(LoopbackHttpServer::closeQuietly);
    connections.shutdownNow();
    boolean interrupted = false;
    try {
      connections.awaitTermination(10, TimeUnit.SECONDS);
      List<Thread> toJoin;
      synchronized (threads) {
        toJoin = List.copyOf(threads);
      }
      for (Thread t : toJoin) {
        t.join(TimeUnit.SECONDS.toMillis(10));
      }
    } catch (InterruptedException e) {
      interrupted = true;
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void accept() {
    while (!closed.get()) {
      Socket socket;
      try {
        socket = listener.accept();
      } catch (IOException e) {
        if (!closed.get()) {
          LOG.warn("accepting a connection failed; the server stops accepting", e);
        }
        return;
      }
      open.add(socket);
      if (closed.get()) {
        // close() may have gone through the open sockets before this one was added.
        closeQuietly(socket);
        return;
      }
      try {
        connections.execute(() -> serve(socket));
      } catch (RejectedExecutionException e) {
        open.remove(socket);
        closeQuietly(socket);
        return;
      }
    }
  }

  /** Answers the requests of one connection until it closes, idles out or asks to close. */
  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(IDLE_TIMEOUT_MILLIS);
      InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      OutputStream out = socket.getOutputStream();
      while (!closed.get()) {
        if (!exchange(in, out)) {
          return;
        }
      }
    } catch (SocketTimeoutException e) {
      LOG.debug("closing a connection idle for {} ms", IDLE_TIMEOUT_MILLIS);
    } catch (SocketException e) {
      // Closed by the client, or by close().
    } catch (IOException e) {
      LOG.debug("connection failed: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      open.remove(socket);
    }
  }

  /** One request and its answer; {@code false} when the connection is to be closed. */
  private boolean exchange(InputStream in, OutputStream out) throws IOException, InterruptedException {
    RequestHead head;
    RequestBody body;
    try {
      head = RequestHead.read(in);
      if (head == null) {
        return false;
      }
      body = head.body(in);
    } catch (RequestHead.MalformedRequestException e) {
      byte[] message = (e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8);
      out.write(new Reply(400, "text/plain; charset=UTF-8", List.of(), message).encode(false, false));
      out.flush();
      return false;
    }
    if (head.expectsContinue() && !body.finished()) {
      out.write(CONTINUE);
      out.flush();
    }
    Reply reply;
    slots.acquire();
    try {
      reply = handler.handle(new Request(head, body));
    } finally {
      slots.release();
    }
    if (reply == null) {
      return false; // dropped: the connection closes without an answer
    }
    // What the handler left of the body is read first: a client may not read the answer until it has sent it all.
    boolean drained = body.drain(MAX_DRAIN);
    boolean keepAlive = head.keepAlive() && drained;
    out.write(reply.encode(keepAlive, head.method().equals("HEAD")));
    out.flush();
    return keepAlive;
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      // nothing more to do
    }
  }

  private static InetAddress loopback() {
    try {
      return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
    } catch (UnknownHostException e) {
      throw new AssertionError("a 4-byte address is always valid", e);
    }
  }
}
