package ledger

import (
	"fmt"
	"net"
	"net/netip"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/subnet"
)

// parseIP parses an axon address of the given type and runs the YUMA.md
// §8.5 checks that do not depend on the genesis: a type-4 address is IPv4
// (below 2^32 as subtensor's u128), a type-6 address is IPv6 (IPv4-mapped
// included), without zone; neither is zero (0.0.0.0, ::) and a type-6
// address is not all ones.
func parseIP(ip string, ipType uint8) (netip.Addr, error) {
	if len(ip) > MaxAxonLen {
		return netip.Addr{}, fmt.Errorf("%d bytes, at most %d", len(ip), MaxAxonLen)
	}
	a, err := netip.ParseAddr(ip)
	if err != nil {
		return netip.Addr{}, fmt.Errorf("%q is not an IP address", truncate(ip, 80))
	}
	switch {
	case a.Zone() != "":
		return netip.Addr{}, fmt.Errorf("%q has a zone", truncate(ip, 80))
	case ipType == IPv4 && !a.Is4():
		return netip.Addr{}, fmt.Errorf("%q is not an IPv4 address (ip_type 4)", truncate(ip, 80))
	case ipType == IPv6 && !a.Is6():
		return netip.Addr{}, fmt.Errorf("%q is not an IPv6 address (ip_type 6)", truncate(ip, 80))
	case a.IsUnspecified():
		return netip.Addr{}, fmt.Errorf("%s is the zero address", a)
	case a.Is6() && a.As16() == [16]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}:
		return netip.Addr{}, fmt.Errorf("%s is the all-ones address", a)
	}
	return a, nil
}

// ipType is the ip_type of an address parseIP accepted.
func ipType(a netip.Addr) uint8 {
	if a.Is4() {
		return IPv4
	}
	return IPv6
}

// isLoopback reports whether a is one of the loopback addresses YUMA.md
// §8.5 refuses: 127.0.0.1 (type 4) and ::1 (type 6). Other 127.0.0.0/8
// addresses pass, as in subtensor.
func isLoopback(a netip.Addr) bool {
	return a == netip.AddrFrom4([4]byte{127, 0, 0, 1}) || a == netip.IPv6Loopback()
}

// parseAxon parses a register axon: "" (none), or "ip:port" with an IP
// address (IPv6 in brackets) that passes parseIP for its own type and a
// decimal port 1..65535 without sign or leading zero.
func parseAxon(axon string) (netip.AddrPort, error) {
	if axon == "" {
		return netip.AddrPort{}, nil
	}
	if len(axon) > MaxAxonLen {
		return netip.AddrPort{}, fmt.Errorf("%d bytes, at most %d", len(axon), MaxAxonLen)
	}
	host, port, err := net.SplitHostPort(axon)
	if err != nil {
		return netip.AddrPort{}, fmt.Errorf("%q is not ip:port", truncate(axon, 80))
	}
	if host == "" {
		return netip.AddrPort{}, fmt.Errorf("%q has no host", truncate(axon, 80))
	}
	a, err := netip.ParseAddr(host)
	if err != nil {
		return netip.AddrPort{}, fmt.Errorf("host %q is not an IP address", truncate(host, 80))
	}
	if _, err := parseIP(host, ipType(a)); err != nil {
		return netip.AddrPort{}, err
	}
	p, err := strconv.ParseUint(port, 10, 16)
	if err != nil || p == 0 || port[0] == '0' {
		return netip.AddrPort{}, fmt.Errorf("port %q: want a decimal in 1..65535", truncate(port, 16))
	}
	return netip.AddrPortFrom(a, uint16(p)), nil
}

// checkLoopback refuses a loopback axon address unless the genesis allows
// them.
func (f *FSM) checkLoopback(a netip.Addr) error {
	if isLoopback(a) && !f.genesis.AllowLoopbackAxons {
		return fmt.Errorf("%w: %s is a loopback address (the genesis does not allow them)", ErrInvalidAxon, a)
	}
	return nil
}

// serveAxon sets the signer's axon on a subnet, and the miner's
// declarations it carries: the signer must be registered (a miner, to
// declare), the address not a refused loopback, the model the subnet's on
// an inference subnet, and serving_rate_limit blocks must have passed
// since its last axon update.
func (f *FSM) serveAxon(signer common.Address, a ServeAxon) error {
	s, ok := f.st.subnet(a.Subnet)
	if !ok {
		return fmt.Errorf("%w: %d", ErrUnknownSubnet, a.Subnet)
	}
	uid := s.uidOf(signer)
	if uid < 0 {
		return fmt.Errorf("ledger: serve_axon on subnet %d: %w", s.ID, subnet.ErrNotRegistered)
	}
	ip, err := parseIP(a.IP, a.IPType)
	if err != nil { // Validate ruled it out
		return fmt.Errorf("%w: %v", ErrInternal, err)
	}
	if err := f.checkLoopback(ip); err != nil {
		return err
	}
	nu := &s.Neurons[uid]
	if (a.ModelHash != "" || a.Hardware != nil) && nu.Role != RoleMiner {
		return fmt.Errorf("%w: uid %d is a %s; only a miner declares a model or hardware", ErrUnauthorized, uid, nu.Role)
	}
	if err := checkServedModel(s, a.ModelHash); err != nil {
		return err
	}
	block := f.st.block
	if nu.Axon != "" {
		if since := block - nu.AxonBlock; since < s.Hyperparams.ServingRateLimit {
			return fmt.Errorf("%w: uid %d served %d blocks ago, limit %d", ErrServingRateLimited, uid, since, s.Hyperparams.ServingRateLimit)
		}
	}
	nu.Axon = netip.AddrPortFrom(ip, a.Port).String()
	nu.AxonProtocol = a.Protocol
	nu.AxonBlock = block
	if a.ModelHash != "" {
		nu.ModelHash = a.ModelHash
	}
	if a.Hardware != nil {
		nu.Hardware = a.Hardware.clone()
	}
	return nil
}
