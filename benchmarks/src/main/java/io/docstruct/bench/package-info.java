/** JMH benchmarks. Each reports its subject beside a baseline measured in the same run. */
@NullMarked
package io.docstruct.bench;

import org.jspecify.annotations.NullMarked;
