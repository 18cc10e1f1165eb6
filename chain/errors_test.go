package chain

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestDecodeRevert(t *testing.T) {
	parsed, err := errorsABI()
	if err != nil {
		t.Fatal(err)
	}
	str, _ := abi.NewType("string", "", nil)
	u256, _ := abi.NewType("uint256", "", nil)
	reason, err := abi.Arguments{{Type: str}}.Pack("no")
	if err != nil {
		t.Fatal(err)
	}
	code, err := abi.Arguments{{Type: u256}}.Pack(big.NewInt(0x11))
	if err != nil {
		t.Fatal(err)
	}
	sel := func(sig string) []byte { return crypto.Keccak256([]byte(sig))[:4] }
	paid, err := parsed.Errors["EpochAlreadyPaid"].Inputs.Pack(uint16(4), uint64(2), uint64(9))
	if err != nil {
		t.Fatal(err)
	}
	unauthorized, err := parsed.Errors["AccessControlUnauthorizedAccount"].Inputs.Pack(common.Address{1}, [32]byte(MinterRole))
	if err != nil {
		t.Fatal(err)
	}
	notSettler, err := parsed.Errors["AccessControlUnauthorizedAccount"].Inputs.Pack(common.Address{1}, [32]byte(SettlerRole))
	if err != nil {
		t.Fatal(err)
	}
	settled, err := parsed.Errors["EpochAlreadySettled"].Inputs.Pack(uint16(4), uint64(2), uint64(9))
	if err != nil {
		t.Fatal(err)
	}
	short, err := parsed.Errors["ERC20InsufficientBalance"].Inputs.Pack(common.Address{2}, big.NewInt(1), big.NewInt(5))
	if err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		name     string
		data     []byte
		wantName string
		wantIs   error
		wantText string
	}{
		{"empty", nil, "", ErrReverted, "execution reverted: no reason given (data 0x)"},
		{"require", append(sel("Error(string)"), reason...), "Error", ErrReverted, "execution reverted: Error(no)"},
		{"panic", append(sel("Panic(uint256)"), code...), "Panic", ErrReverted, ""},
		{"unknown", []byte{1, 2, 3, 4, 5}, "", ErrReverted, "execution reverted: unknown error 0x0102030405"},
		{"epoch paid", append(sel("EpochAlreadyPaid(uint16,uint64,uint64)"), paid...), "EpochAlreadyPaid", ErrEpochAlreadyPaid,
			"execution reverted: EpochAlreadyPaid(subnet=4, epoch=2, last=9)"},
		{"not minter", append(sel("AccessControlUnauthorizedAccount(address,bytes32)"), unauthorized...),
			"AccessControlUnauthorizedAccount", ErrNotMinter, ""},
		{"truncated args", sel("EpochAlreadyPaid(uint16,uint64,uint64)"), "EpochAlreadyPaid", ErrEpochAlreadyPaid, ""},
		{"not settler", append(sel("AccessControlUnauthorizedAccount(address,bytes32)"), notSettler...),
			"AccessControlUnauthorizedAccount", ErrUnauthorized, ""},
		{"epoch settled", append(sel("EpochAlreadySettled(uint16,uint64,uint64)"), settled...), "EpochAlreadySettled",
			ErrEpochAlreadySettled, "execution reverted: EpochAlreadySettled(subnet=4, epoch=2, last=9)"},
		{"invalid proof", sel("InvalidProof()"), "InvalidProof", ErrInvalidProof, "execution reverted: InvalidProof()"},
		{"nested token error", append(sel("ERC20InsufficientBalance(address,uint256,uint256)"), short...),
			"ERC20InsufficientBalance", ErrInsufficientBalance, ""},
	} {
		got := decodeRevert(parsed, tc.data)
		if got.Name != tc.wantName {
			t.Errorf("%s: Name = %q, want %q", tc.name, got.Name, tc.wantName)
		}
		if !errors.Is(got, tc.wantIs) || !errors.Is(got, ErrReverted) {
			t.Errorf("%s: %v does not match %v and ErrReverted", tc.name, got, tc.wantIs)
		}
		if tc.wantText != "" && got.Error() != tc.wantText {
			t.Errorf("%s: Error() = %q, want %q", tc.name, got.Error(), tc.wantText)
		}
		t.Logf("%s: %v", tc.name, got)
	}
	// Only a missing MINTER_ROLE is ErrNotMinter.
	if got := decodeRevert(parsed, append(sel("AccessControlUnauthorizedAccount(address,bytes32)"), notSettler...)); errors.Is(got, ErrNotMinter) {
		t.Errorf("a missing SETTLER_ROLE matches ErrNotMinter: %v", got)
	}
	if _, ok := AsRevert(errors.New("connection refused")); ok {
		t.Error("AsRevert decoded an error without revert data")
	}
	if got, ok := AsRevert(fmt.Errorf("wrapped: %w", decodeRevert(parsed, sel("InvalidProof()")))); !ok || got.Name != "InvalidProof" {
		t.Errorf("AsRevert(wrapped RevertError) = %v, %v", got, ok)
	}
}
