package io.docstruct.testing.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Which {@link Fault} each request to a {@link LocalOcrServer} gets: first the script, one fault per request
 * in arrival order; after the script, a random fault with probability {@code randomRate} drawn from a generator
 * seeded with {@code seed} (so a run is repeatable); every request is also held back by {@code latency}.
 * Immutable; the server keeps the position in the script, so one plan can configure several servers.
 *
 * <pre>{@code
 * FaultPlan plan = FaultPlan.script(Fault.serverError(), Fault.rateLimit(), Fault.none());
 * FaultPlan flaky = FaultPlan.random(0.2, 42L, Fault.serverError(), Fault.dropConnection())
 *     .withLatency(Duration.ofMillis(30));
 * FaultPlan both = FaultPlan.builder().script(Fault.quota()).random(0.1, 7L, Fault.ocrError()).build();
 * }</pre>
 */
public final class FaultPlan {
  private static final FaultPlan NONE = new FaultPlan(List.of(), 0.0, 0L, List.of(), Duration.ZERO);

  private final List<Fault> script;
  private final double randomRate;
  private final long seed;
  private final List<Fault> randomKinds;
  private final Duration latency;

  private FaultPlan(
      List<Fault> script, double randomRate, long seed, List<Fault> randomKinds, Duration latency) {
    this.script = List.copyOf(script);
    this.randomRate = randomRate;
    this.seed = seed;
    this.randomKinds = List.copyOf(randomKinds);
    this.latency = latency;
  }

  /** No faults and no latency: every request is answered normally. */
  public static FaultPlan none() {
    return NONE;
  }

  /** The next {@code faults.length} requests get these faults in order; later requests none. */
  public static FaultPlan script(Fault... faults) {
    return builder().script(faults).build();
  }

  /**
   * Each request gets, with probability {@code rate}, one of {@code kinds} chosen uniformly; the choices are
   * repeatable for a given {@code seed} and request order.
   *
   * @throws IllegalArgumentException if {@code rate} is not within [0, 1] or {@code kinds} is empty
   */
  public static FaultPlan random(double rate, long seed, Fault... kinds) {
    return builder().random(rate, seed, kinds).build();
  }

  /** No faults, but every request is answered {@code latency} late. */
  public static FaultPlan latency(Duration latency) {
    return builder().latency(latency).build();
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** This plan with every request held back by {@code latency}. */
  public FaultPlan withLatency(Duration latency) {
    return toBuilder().latency(latency).build();
  }

  /** A builder holding this plan's settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.script = script;
    b.randomRate = randomRate;
    b.seed = seed;
    b.randomKinds = randomKinds;
    b.latency = latency;
    return b;
  }

  /** The faults of the first requests, in order. */
  public List<Fault> script() {
    return script;
  }

  /** The probability that a request after the script gets a random fault; 0 for none. */
  public double randomRate() {
    return randomRate;
  }

  /** The seed of the random choices. */
  public long seed() {
    return seed;
  }

  /** The faults random choices pick from; empty when {@link #randomRate()} is 0. */
  public List<Fault> randomKinds() {
    return randomKinds;
  }

  /** Added to the answer time of every request. */
  public Duration latency() {
    return latency;
  }

  @Override
  public String toString() {
    return "FaultPlan[script=" + script + ", randomRate=" + randomRate + ", seed=" + seed + ", randomKinds="
        + randomKinds + ", latency=" + latency + "]";
  }

  /** Builds a {@link FaultPlan}; each setter checks its argument. */
  public static final class Builder {
    private List<Fault> script = List.of();
    private double randomRate;
    private long seed;
    private List<Fault> randomKinds = List.of();
    private Duration latency = Duration.ZERO;

    private Builder() {}

    /** The faults of the next requests, in order (replaces any earlier script). */
    public Builder script(Fault... faults) {
      Objects.requireNonNull(faults, "faults == null");
      for (int i = 0; i < faults.length; i++) {
        Objects.requireNonNull(faults[i], "faults[" + i + "] == null");
      }
      this.script = List.of(faults);
      return this;
    }

    /**
     * Random faults after the script.
     *
     * @throws IllegalArgumentException if {@code rate} is not within [0, 1] or {@code kinds} is empty
     */
    public Builder random(double rate, long seed, Fault... kinds) {
      if (!(rate >= 0.0 && rate <= 1.0)) {
        throw new IllegalArgumentException("rate must be within [0, 1]: " + rate);
      }
      Objects.requireNonNull(kinds, "kinds == null");
      if (kinds.length == 0) {
        throw new IllegalArgumentException("kinds must name at least one fault");
      }
      for (int i = 0; i < kinds.length; i++) {
        Objects.requireNonNull(kinds[i], "kinds[" + i + "] == null");
      }
      this.randomRate = rate;
      this.seed = seed;
      this.randomKinds = List.of(kinds);
      return this;
    }

    /**
     * Latency added to every request.
     *
     * @throws IllegalArgumentException if {@code latency} is negative
     */
    public Builder latency(Duration latency) {
      Objects.requireNonNull(latency, "latency == null");
      if (latency.isNegative()) {
        throw new IllegalArgumentException("latency must not be negative: " + latency);
      }
      this.latency = latency;
      return this;
    }

    /** The immutable plan. */
    public FaultPlan build() {
      return new FaultPlan(script, randomRate, seed, randomKinds, latency);
    }
  }
}
