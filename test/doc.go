// Package test holds cross-package tests of the module: layout and
// dependency rules now, and end-to-end and fault-injection tests later. It
// has no non-test code of its own and nothing imports it.
package test
