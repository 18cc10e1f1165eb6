// Command agora is Agora's single binary: a cobra command tree configured by
// viper (a YAML file, AGORA_* environment variables and flags, in rising
// precedence) that only wires the packages of the module together.
//
// Exit codes are part of the interface:
//
//	0  success
//	1  failure while doing the work (for example, stdout could not be written)
//	2  bad invocation or bad input: unknown command or flag, wrong arguments,
//	   an unreadable or invalid config file, or an input that cannot be read,
//	   decoded or validated
//
// Every error is reported on stderr as a line "agora: <message>"; usage errors
// add a second line pointing at --help. Nothing is written to stdout by a
// command that fails.
//
// No other package may import this one; it is the wiring root.
package main
