package io.docstruct.testing.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The running position in a {@link FaultPlan}: hands out one fault per request and remembers each. */
final class FaultSchedule {
  private final FaultPlan plan;
  private final Random random;
  private final List<Fault> handedOut = new ArrayList<>();

  FaultSchedule(FaultPlan plan) {
    this.plan = plan;
    this.random = new Random(plan.seed());
  }

  /** The fault of the next request, recorded. */
  synchronized Fault next() {
    int index = handedOut.size();
    Fault fault;
    if (index < plan.script().size()) {
      fault = plan.script().get(index);
    } else if (plan.randomRate() > 0.0 && random.nextDouble() < plan.randomRate()) {
      fault = plan.randomKinds().get(random.nextInt(plan.randomKinds().size()));
    } else {
      fault = Fault.none();
    }
    handedOut.add(fault);
    return fault;
  }

  synchronized List<Fault> handedOut() {
    return List.copyOf(handedOut);
  }

  synchronized int count() {
    return handedOut.size();
  }
}
