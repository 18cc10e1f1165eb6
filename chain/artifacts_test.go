package chain_test

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/agora-net/agora/chain/bindings"
)

// TestBindingsMatchArtifacts fails when chain/bindings was not regenerated
// from the committed artifacts (run `make contracts`).
func TestBindingsMatchArtifacts(t *testing.T) {
	abiFile, err := os.ReadFile("contracts/artifacts/AgoraToken.abi")
	if err != nil {
		t.Fatal(err)
	}
	binFile, err := os.ReadFile("contracts/artifacts/AgoraToken.bin")
	if err != nil {
		t.Fatal(err)
	}
	var fromFile, fromBindings any
	if err := json.Unmarshal(abiFile, &fromFile); err != nil {
		t.Fatalf("artifact ABI: %v", err)
	}
	if err := json.Unmarshal([]byte(bindings.AgoraTokenMetaData.ABI), &fromBindings); err != nil {
		t.Fatalf("bindings ABI: %v", err)
	}
	if !reflect.DeepEqual(fromFile, fromBindings) {
		t.Error("the bindings' ABI differs from contracts/artifacts/AgoraToken.abi; run make contracts")
	}
	want := "0x" + strings.TrimSpace(string(binFile))
	if bindings.AgoraTokenMetaData.Bin != want {
		t.Error("the bindings' bytecode differs from contracts/artifacts/AgoraToken.bin; run make contracts")
	}
}
