/** Implementation shared by the clients; not public API and may change without notice. */
@NullMarked
package io.docstruct.client.internal;

import org.jspecify.annotations.NullMarked;
