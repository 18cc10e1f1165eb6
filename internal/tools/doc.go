// Package tools pins the module's chosen but not yet imported dependencies
// (see tools.go, built only with the "tools" build tag) so that `go mod tidy`
// keeps them at their tested versions. Nothing imports this package.
package tools
