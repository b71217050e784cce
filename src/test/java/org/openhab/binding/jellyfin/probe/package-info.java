/**
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
/**
 * The probe: one command that runs the binding's real handler factory, bridge, client (and every other thing type the
 * binding declares) handlers, client discovery and rule actions on the stand-in runtime, against the embedded
 * simulator or a real server, and prints what the handlers report.
 *
 * <h2>Run it</h2>
 *
 * <pre>
 * mvn -B -q test-compile exec:exec@probe                                   # demo against the simulator (Jellyfin 12.0)
 * mvn -B -q test-compile exec:exec@probe -Dprobe.args="--json --dialect emby-4.9"
 * mvn -B -q test-compile exec:exec@probe -Dprobe.args="--server http://192.168.1.5:8096 --token API_KEY"
 * mvn -B -q test-compile exec:exec@probe -Dprobe.args="--server https://media.example/jellyfin --user me --password secret"
 * </pre>
 *
 * The demo: a TV's session is discovered and accepted as a client thing; the TV plays a film, pauses and resumes;
 * openHAB mutes it (command {@code mute ON}); the TV moves on to an episode, which openHAB marks watched (command
 * {@code playing-item-watched ON}); the TV stops. Each step waits for what it must cause, then the probe exits 0 (1
 * when a step's outcome does not come). Exit code 2 means bad arguments (usage on stderr), 3 that the server could not
 * be reached or refused the credentials at start (the bridge's status description on stderr).
 *
 * <h2>Input lines</h2>
 * {@code command <thingUID> <channelId> <command>} (parsed for the channel's item type, as openHAB does),
 * {@code action <thingUID> <actionName> <args...>} (a rule action by its method name; {@code null} for an absent
 * optional argument, double quotes group words), {@code thing <typeId> <id> [key=value...]} (start a thing of the
 * binding under the bridge, e.g. a reporter), {@code await <thingUID> [<channelId> <state>]}, {@code quit}. A wrong
 * line gives one line on stderr and the probe goes on. In the demo, lines are carried out once the demo has
 * finished; with {@code --stay} the probe then keeps reading until {@code quit} or the end of the input. Against a
 * server it follows until {@code quit}, the end of the input or Ctrl-C.
 *
 * <h2>Output</h2>
 * A plain-text table of the things and their channels (again whenever states change) with a line per status change,
 * trigger event and demo step; or with {@code --json} one object per line:
 * {@code {"type":"status","thing":UID,"status":"ONLINE","detail":"NONE","description":null}},
 * {@code {"type":"state","thing":UID,"channel":ID,"state":TEXT}},
 * {@code {"type":"trigger","thing":UID,"channel":ID,"event":TEXT}}. Logs go to stderr ({@code probe-logback.xml}):
 * WARN, or DEBUG for the binding with {@code --verbose}.
 *
 * @author Jellyfin binding contributors - Initial contribution
 */
@org.eclipse.jdt.annotation.NonNullByDefault
package org.openhab.binding.jellyfin.probe;
