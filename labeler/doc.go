// Package labeler is the labeler's side of a preference subnet: a Session
// that fetches the labeler's assigned comparisons from a validator and
// files its signed preferences (submit_preferences) through one; Server,
// the local web page of `agora label serve`, where a person answers them
// with the keyboard; and Auto, an AI labeler that answers them with a
// reward model (the miner option `agora label ai`).
//
// A labeler is a registered miner of a preference subnet. Its key (a
// hotkey, from a keystore file) signs the requests for its items
// (validator.LabelRequest) and its labels; the key never leaves this
// process. Server listens on loopback only and admits only requests that
// carry the session token its page holds and name a loopback host, so
// that neither another web site nor a DNS-rebound name can make the
// browser label on the person's behalf.
package labeler
