// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// EmissionMetaData contains all meta data concerning the Emission contract.
var EmissionMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractAgoraToken\",\"name\":\"agoraToken\",\"type\":\"address\"},{\"internalType\":\"contractSubnetRegistry\",\"name\":\"subnetRegistry\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"settler\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"last\",\"type\":\"uint64\"}],\"name\":\"EpochAlreadySettled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"}],\"name\":\"UnknownSubnet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"recipients\",\"type\":\"uint256\"}],\"name\":\"Distributed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"Settled\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SETTLER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"claimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"packed\",\"type\":\"bytes32[]\"}],\"name\":\"distribute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"}],\"name\":\"lastSettledEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"}],\"name\":\"leafHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"h\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractSubnetRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"}],\"name\":\"rootsOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"previousRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractAgoraToken\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161141738038061141783398101604081905261002e9161018c565b6001600160a01b038316158061004b57506001600160a01b038216155b8061005d57506001600160a01b038116155b1561007b5760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b03808416608052821660a0526100985f336100cc565b506100c37f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f826100cc565b505050506101d6565b5f828152602081815260408083206001600160a01b038516845290915281205460ff1661016c575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101243390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161016f565b505f5b92915050565b6001600160a01b0381168114610189575f5ffd5b50565b5f5f5f6060848603121561019e575f5ffd5b83516101a981610175565b60208501519093506101ba81610175565b60408501519092506101cb81610175565b809150509250925092565b60805160a0516112046102135f395f81816101df0152610ccd01525f81816103c4015281816105b40152818161089801526109d801526112045ff3fe608060405234801561000f575f5ffd5b506004361061012f575f3560e01c8063a29ee1e5116100ad578063d547741f1161007d578063ede4c32b11610063578063ede4c32b14610399578063f346be51146103ac578063fc0c546a146103bf575f5ffd5b8063d547741f14610332578063ed09aacd14610345575f5ffd5b8063a29ee1e514610283578063a683637c14610296578063b8a5083e146102a9578063c3569d80146102f2575f5ffd5b80637445e85c11610102578063835dcbff116100e8578063835dcbff1461022657806391d1485414610239578063a217fddf1461027c575f5ffd5b80637445e85c146101b35780637b103999146101da575f5ffd5b806301ffc9a714610133578063248a9ca31461015b5780632f2ff15d1461018b57806336568abe146101a0575b5f5ffd5b610146610141366004610ea8565b6103e6565b60405190151581526020015b60405180910390f35b61017d610169366004610eee565b5f9081526020819052604090206001015490565b604051908152602001610152565b61019e610199366004610f2d565b61047e565b005b61019e6101ae366004610f2d565b6104a8565b61017d7f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f81565b6102017f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610152565b61019e610234366004610fc7565b610506565b610146610247366004610f2d565b5f9182526020828152604080842073ffffffffffffffffffffffffffffffffffffffff93909316845291905290205460ff1690565b61017d5f81565b610146610291366004611024565b610681565b61017d6102a436600461108e565b6106d5565b6102d96102b73660046110c8565b61ffff165f9081526001602052604090206002015467ffffffffffffffff1690565b60405167ffffffffffffffff9091168152602001610152565b61031d6103003660046110c8565b61ffff165f90815260016020819052604090912080549101549091565b60408051928352602083019190915201610152565b61019e610340366004610f2d565b610705565b61017d6103533660046110e1565b73ffffffffffffffffffffffffffffffffffffffff1660a09190911b75ffff000000000000000000000000000000000000000016175f9081526002602052604090205490565b61019e6103a7366004611024565b610729565b61019e6103ba366004611109565b6108d9565b6102017f000000000000000000000000000000000000000000000000000000000000000081565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f7965db0b00000000000000000000000000000000000000000000000000000000148061047857507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b5f8281526020819052604090206001015461049881610a4d565b6104a28383610a5a565b50505050565b73ffffffffffffffffffffffffffffffffffffffff811633146104f7576040517f6697b23200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6105018282610b53565b505050565b7f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f61053081610a4d565b5f82900361056a576040517fc2e5347d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6105748585610c0c565b506040517fbdc490950000000000000000000000000000000000000000000000000000000081525f9073ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000169063bdc49095906105eb9087908790600401611148565b6020604051808303815f875af1158015610607573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061062b9190611198565b604080518281526020810186905291925067ffffffffffffffff87169161ffff8916917fd48548ec96c10343dc0b067036cca4c4521b54f0c2e780dd82909eabe1c26066910160405180910390a3505050505050565b5f5f6106986106918888886106d5565b8585610dcc565b61ffff88165f90815260016020526040902090915081158015906106c9575080548214806106c95750806001015482145b98975050505050505050565b5f6040515f81534660018201523060218201526041810194909452506061830191909152608182015260a1902090565b5f8281526020819052604090206001015461071f81610a4d565b6104a28383610b53565b5f61073f6107388787876106d5565b8484610dcc565b61ffff87165f908152600160205260409020805491925090821480159061076a575080600101548214155b156107a1576040517f09bde33900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff861660a088901b75ffff000000000000000000000000000000000000000016175f81815260026020526040902054808711610852576040517f6708630f00000000000000000000000000000000000000000000000000000000815261ffff8a16600482015273ffffffffffffffffffffffffffffffffffffffff8916602482015260448101889052606481018290526084015b60405180910390fd5b5f82815260026020526040808220899055517fa9059cbb000000000000000000000000000000000000000000000000000000008152600481018a905282890360248201527f0000000000000000000000000000000000000000000000000000000000000000918060448382865af16108cc573d5f823e3d81fd5b5050505050505050505050565b7f6666bf5bfee463d10a7fc50448047f8a53b7762d7e28fbc5c643182785f3fd3f61090381610a4d565b8261093a576040517fb263ae7300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6109458686610c0c565b80546001820155848155604080518681526020810186905291925067ffffffffffffffff87169161ffff8916917f350f69dac181551593a084a39c8ec63a93547e7c0f4c34d6517229676791d77c910160405180910390a38215610a45576040517f40c10f19000000000000000000000000000000000000000000000000000000008152306004820152602481018490527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906340c10f19906044015f604051808303815f87803b158015610a2e575f5ffd5b505af1158015610a40573d5f5f3e3d5ffd5b505050505b505050505050565b610a578133610e1f565b50565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff16610b4c575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff86168452909152902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055610aea3390565b73ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff16847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610478565b505f610478565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915281205460ff1615610b4c575f8381526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8616808552925280832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610478565b61ffff82165f908152600160205260409020600281015467ffffffffffffffff9081169083168110610c88576040517fed43e00a00000000000000000000000000000000000000000000000000000000815261ffff8516600482015267ffffffffffffffff808516602483015282166044820152606401610849565b67ffffffffffffffff8116158015610d4d57506040517fbc3553ac00000000000000000000000000000000000000000000000000000000815261ffff851660048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063bc3553ac90602401602060405180830381865afa158015610d27573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d4b91906111af565b155b15610d8a576040517f7321496400000000000000000000000000000000000000000000000000000000815261ffff85166004820152602401610849565b506002810180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff9390931692909217909155919050565b5f604051600181536001810160218201869350858560051b81015b80821015610e135781358681188782100296871885529590951882526041842094602090910190610de7565b50505050509392505050565b5f8281526020818152604080832073ffffffffffffffffffffffffffffffffffffffff8516845290915290205460ff16610ea4576040517fe2517d3f00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8216600482015260248101839052604401610849565b5050565b5f60208284031215610eb8575f5ffd5b81357fffffffff0000000000000000000000000000000000000000000000000000000081168114610ee7575f5ffd5b9392505050565b5f60208284031215610efe575f5ffd5b5035919050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610f28575f5ffd5b919050565b5f5f60408385031215610f3e575f5ffd5b82359150610f4e60208401610f05565b90509250929050565b803561ffff81168114610f28575f5ffd5b803567ffffffffffffffff81168114610f28575f5ffd5b5f5f83601f840112610f8f575f5ffd5b50813567ffffffffffffffff811115610fa6575f5ffd5b6020830191508360208260051b8501011115610fc0575f5ffd5b9250929050565b5f5f5f5f60608587031215610fda575f5ffd5b610fe385610f57565b9350610ff160208601610f68565b9250604085013567ffffffffffffffff81111561100c575f5ffd5b61101887828801610f7f565b95989497509550505050565b5f5f5f5f5f60808688031215611038575f5ffd5b61104186610f57565b945061104f60208701610f05565b935060408601359250606086013567ffffffffffffffff811115611071575f5ffd5b61107d88828901610f7f565b969995985093965092949392505050565b5f5f5f606084860312156110a0575f5ffd5b6110a984610f57565b92506110b760208501610f05565b929592945050506040919091013590565b5f602082840312156110d8575f5ffd5b610ee782610f57565b5f5f604083850312156110f2575f5ffd5b6110fb83610f57565b9150610f4e60208401610f05565b5f5f5f5f6080858703121561111c575f5ffd5b61112585610f57565b935061113360208601610f68565b93969395505050506040820135916060013590565b602081528160208201525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff83111561117f575f5ffd5b8260051b80856040850137919091016040019392505050565b5f602082840312156111a8575f5ffd5b5051919050565b5f602082840312156111bf575f5ffd5b81518015158114610ee7575f5ffdfea264697066735822122076cc24f1e2337e2a8e07ee860743fb8d07414bd54b8ff32b8a27368bb078208c64736f6c63430008250033",
}

// EmissionABI is the input ABI used to generate the binding from.
// Deprecated: Use EmissionMetaData.ABI instead.
var EmissionABI = EmissionMetaData.ABI

// EmissionBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use EmissionMetaData.Bin instead.
var EmissionBin = EmissionMetaData.Bin

// DeployEmission deploys a new Ethereum contract, binding an instance of Emission to it.
func DeployEmission(auth *bind.TransactOpts, backend bind.ContractBackend, agoraToken common.Address, subnetRegistry common.Address, settler common.Address) (common.Address, *types.Transaction, *Emission, error) {
	parsed, err := EmissionMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(EmissionBin), backend, agoraToken, subnetRegistry, settler)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Emission{EmissionCaller: EmissionCaller{contract: contract}, EmissionTransactor: EmissionTransactor{contract: contract}, EmissionFilterer: EmissionFilterer{contract: contract}}, nil
}

// Emission is an auto generated Go binding around an Ethereum contract.
type Emission struct {
	EmissionCaller     // Read-only binding to the contract
	EmissionTransactor // Write-only binding to the contract
	EmissionFilterer   // Log filterer for contract events
}

// EmissionCaller is an auto generated read-only Go binding around an Ethereum contract.
type EmissionCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EmissionTransactor is an auto generated write-only Go binding around an Ethereum contract.
type EmissionTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EmissionFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type EmissionFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// EmissionSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type EmissionSession struct {
	Contract     *Emission         // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// EmissionCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type EmissionCallerSession struct {
	Contract *EmissionCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts   // Call options to use throughout this session
}

// EmissionTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type EmissionTransactorSession struct {
	Contract     *EmissionTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// EmissionRaw is an auto generated low-level Go binding around an Ethereum contract.
type EmissionRaw struct {
	Contract *Emission // Generic contract binding to access the raw methods on
}

// EmissionCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type EmissionCallerRaw struct {
	Contract *EmissionCaller // Generic read-only contract binding to access the raw methods on
}

// EmissionTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type EmissionTransactorRaw struct {
	Contract *EmissionTransactor // Generic write-only contract binding to access the raw methods on
}

// NewEmission creates a new instance of Emission, bound to a specific deployed contract.
func NewEmission(address common.Address, backend bind.ContractBackend) (*Emission, error) {
	contract, err := bindEmission(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Emission{EmissionCaller: EmissionCaller{contract: contract}, EmissionTransactor: EmissionTransactor{contract: contract}, EmissionFilterer: EmissionFilterer{contract: contract}}, nil
}

// NewEmissionCaller creates a new read-only instance of Emission, bound to a specific deployed contract.
func NewEmissionCaller(address common.Address, caller bind.ContractCaller) (*EmissionCaller, error) {
	contract, err := bindEmission(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &EmissionCaller{contract: contract}, nil
}

// NewEmissionTransactor creates a new write-only instance of Emission, bound to a specific deployed contract.
func NewEmissionTransactor(address common.Address, transactor bind.ContractTransactor) (*EmissionTransactor, error) {
	contract, err := bindEmission(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &EmissionTransactor{contract: contract}, nil
}

// NewEmissionFilterer creates a new log filterer instance of Emission, bound to a specific deployed contract.
func NewEmissionFilterer(address common.Address, filterer bind.ContractFilterer) (*EmissionFilterer, error) {
	contract, err := bindEmission(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &EmissionFilterer{contract: contract}, nil
}

// bindEmission binds a generic wrapper to an already deployed contract.
func bindEmission(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := EmissionMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Emission *EmissionRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Emission.Contract.EmissionCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Emission *EmissionRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Emission.Contract.EmissionTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Emission *EmissionRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Emission.Contract.EmissionTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Emission *EmissionCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Emission.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Emission *EmissionTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Emission.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Emission *EmissionTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Emission.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_Emission *EmissionCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_Emission *EmissionSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _Emission.Contract.DEFAULTADMINROLE(&_Emission.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_Emission *EmissionCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _Emission.Contract.DEFAULTADMINROLE(&_Emission.CallOpts)
}

// SETTLERROLE is a free data retrieval call binding the contract method 0x7445e85c.
//
// Solidity: function SETTLER_ROLE() view returns(bytes32)
func (_Emission *EmissionCaller) SETTLERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "SETTLER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SETTLERROLE is a free data retrieval call binding the contract method 0x7445e85c.
//
// Solidity: function SETTLER_ROLE() view returns(bytes32)
func (_Emission *EmissionSession) SETTLERROLE() ([32]byte, error) {
	return _Emission.Contract.SETTLERROLE(&_Emission.CallOpts)
}

// SETTLERROLE is a free data retrieval call binding the contract method 0x7445e85c.
//
// Solidity: function SETTLER_ROLE() view returns(bytes32)
func (_Emission *EmissionCallerSession) SETTLERROLE() ([32]byte, error) {
	return _Emission.Contract.SETTLERROLE(&_Emission.CallOpts)
}

// Claimed is a free data retrieval call binding the contract method 0xed09aacd.
//
// Solidity: function claimed(uint16 subnet, address account) view returns(uint256)
func (_Emission *EmissionCaller) Claimed(opts *bind.CallOpts, subnet uint16, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "claimed", subnet, account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Claimed is a free data retrieval call binding the contract method 0xed09aacd.
//
// Solidity: function claimed(uint16 subnet, address account) view returns(uint256)
func (_Emission *EmissionSession) Claimed(subnet uint16, account common.Address) (*big.Int, error) {
	return _Emission.Contract.Claimed(&_Emission.CallOpts, subnet, account)
}

// Claimed is a free data retrieval call binding the contract method 0xed09aacd.
//
// Solidity: function claimed(uint16 subnet, address account) view returns(uint256)
func (_Emission *EmissionCallerSession) Claimed(subnet uint16, account common.Address) (*big.Int, error) {
	return _Emission.Contract.Claimed(&_Emission.CallOpts, subnet, account)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_Emission *EmissionCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_Emission *EmissionSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _Emission.Contract.GetRoleAdmin(&_Emission.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_Emission *EmissionCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _Emission.Contract.GetRoleAdmin(&_Emission.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_Emission *EmissionCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_Emission *EmissionSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _Emission.Contract.HasRole(&_Emission.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_Emission *EmissionCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _Emission.Contract.HasRole(&_Emission.CallOpts, role, account)
}

// LastSettledEpoch is a free data retrieval call binding the contract method 0xb8a5083e.
//
// Solidity: function lastSettledEpoch(uint16 subnet) view returns(uint64)
func (_Emission *EmissionCaller) LastSettledEpoch(opts *bind.CallOpts, subnet uint16) (uint64, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "lastSettledEpoch", subnet)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LastSettledEpoch is a free data retrieval call binding the contract method 0xb8a5083e.
//
// Solidity: function lastSettledEpoch(uint16 subnet) view returns(uint64)
func (_Emission *EmissionSession) LastSettledEpoch(subnet uint16) (uint64, error) {
	return _Emission.Contract.LastSettledEpoch(&_Emission.CallOpts, subnet)
}

// LastSettledEpoch is a free data retrieval call binding the contract method 0xb8a5083e.
//
// Solidity: function lastSettledEpoch(uint16 subnet) view returns(uint64)
func (_Emission *EmissionCallerSession) LastSettledEpoch(subnet uint16) (uint64, error) {
	return _Emission.Contract.LastSettledEpoch(&_Emission.CallOpts, subnet)
}

// LeafHash is a free data retrieval call binding the contract method 0xa683637c.
//
// Solidity: function leafHash(uint16 subnet, address account, uint256 cumulative) view returns(bytes32 h)
func (_Emission *EmissionCaller) LeafHash(opts *bind.CallOpts, subnet uint16, account common.Address, cumulative *big.Int) ([32]byte, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "leafHash", subnet, account, cumulative)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// LeafHash is a free data retrieval call binding the contract method 0xa683637c.
//
// Solidity: function leafHash(uint16 subnet, address account, uint256 cumulative) view returns(bytes32 h)
func (_Emission *EmissionSession) LeafHash(subnet uint16, account common.Address, cumulative *big.Int) ([32]byte, error) {
	return _Emission.Contract.LeafHash(&_Emission.CallOpts, subnet, account, cumulative)
}

// LeafHash is a free data retrieval call binding the contract method 0xa683637c.
//
// Solidity: function leafHash(uint16 subnet, address account, uint256 cumulative) view returns(bytes32 h)
func (_Emission *EmissionCallerSession) LeafHash(subnet uint16, account common.Address, cumulative *big.Int) ([32]byte, error) {
	return _Emission.Contract.LeafHash(&_Emission.CallOpts, subnet, account, cumulative)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Emission *EmissionCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Emission *EmissionSession) Registry() (common.Address, error) {
	return _Emission.Contract.Registry(&_Emission.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Emission *EmissionCallerSession) Registry() (common.Address, error) {
	return _Emission.Contract.Registry(&_Emission.CallOpts)
}

// RootsOf is a free data retrieval call binding the contract method 0xc3569d80.
//
// Solidity: function rootsOf(uint16 subnet) view returns(bytes32 root, bytes32 previousRoot)
func (_Emission *EmissionCaller) RootsOf(opts *bind.CallOpts, subnet uint16) (struct {
	Root         [32]byte
	PreviousRoot [32]byte
}, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "rootsOf", subnet)

	outstruct := new(struct {
		Root         [32]byte
		PreviousRoot [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Root = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.PreviousRoot = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// RootsOf is a free data retrieval call binding the contract method 0xc3569d80.
//
// Solidity: function rootsOf(uint16 subnet) view returns(bytes32 root, bytes32 previousRoot)
func (_Emission *EmissionSession) RootsOf(subnet uint16) (struct {
	Root         [32]byte
	PreviousRoot [32]byte
}, error) {
	return _Emission.Contract.RootsOf(&_Emission.CallOpts, subnet)
}

// RootsOf is a free data retrieval call binding the contract method 0xc3569d80.
//
// Solidity: function rootsOf(uint16 subnet) view returns(bytes32 root, bytes32 previousRoot)
func (_Emission *EmissionCallerSession) RootsOf(subnet uint16) (struct {
	Root         [32]byte
	PreviousRoot [32]byte
}, error) {
	return _Emission.Contract.RootsOf(&_Emission.CallOpts, subnet)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_Emission *EmissionCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_Emission *EmissionSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _Emission.Contract.SupportsInterface(&_Emission.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_Emission *EmissionCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _Emission.Contract.SupportsInterface(&_Emission.CallOpts, interfaceId)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Emission *EmissionCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Emission *EmissionSession) Token() (common.Address, error) {
	return _Emission.Contract.Token(&_Emission.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Emission *EmissionCallerSession) Token() (common.Address, error) {
	return _Emission.Contract.Token(&_Emission.CallOpts)
}

// Verify is a free data retrieval call binding the contract method 0xa29ee1e5.
//
// Solidity: function verify(uint16 subnet, address account, uint256 cumulative, bytes32[] proof) view returns(bool)
func (_Emission *EmissionCaller) Verify(opts *bind.CallOpts, subnet uint16, account common.Address, cumulative *big.Int, proof [][32]byte) (bool, error) {
	var out []interface{}
	err := _Emission.contract.Call(opts, &out, "verify", subnet, account, cumulative, proof)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Verify is a free data retrieval call binding the contract method 0xa29ee1e5.
//
// Solidity: function verify(uint16 subnet, address account, uint256 cumulative, bytes32[] proof) view returns(bool)
func (_Emission *EmissionSession) Verify(subnet uint16, account common.Address, cumulative *big.Int, proof [][32]byte) (bool, error) {
	return _Emission.Contract.Verify(&_Emission.CallOpts, subnet, account, cumulative, proof)
}

// Verify is a free data retrieval call binding the contract method 0xa29ee1e5.
//
// Solidity: function verify(uint16 subnet, address account, uint256 cumulative, bytes32[] proof) view returns(bool)
func (_Emission *EmissionCallerSession) Verify(subnet uint16, account common.Address, cumulative *big.Int, proof [][32]byte) (bool, error) {
	return _Emission.Contract.Verify(&_Emission.CallOpts, subnet, account, cumulative, proof)
}

// Claim is a paid mutator transaction binding the contract method 0xede4c32b.
//
// Solidity: function claim(uint16 subnet, address account, uint256 cumulative, bytes32[] proof) returns()
func (_Emission *EmissionTransactor) Claim(opts *bind.TransactOpts, subnet uint16, account common.Address, cumulative *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _Emission.contract.Transact(opts, "claim", subnet, account, cumulative, proof)
}

// Claim is a paid mutator transaction binding the contract method 0xede4c32b.
//
// Solidity: function claim(uint16 subnet, address account, uint256 cumulative, bytes32[] proof) returns()
func (_Emission *EmissionSession) Claim(subnet uint16, account common.Address, cumulative *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _Emission.Contract.Claim(&_Emission.TransactOpts, subnet, account, cumulative, proof)
}

// Claim is a paid mutator transaction binding the contract method 0xede4c32b.
//
// Solidity: function claim(uint16 subnet, address account, uint256 cumulative, bytes32[] proof) returns()
func (_Emission *EmissionTransactorSession) Claim(subnet uint16, account common.Address, cumulative *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _Emission.Contract.Claim(&_Emission.TransactOpts, subnet, account, cumulative, proof)
}

// Distribute is a paid mutator transaction binding the contract method 0x835dcbff.
//
// Solidity: function distribute(uint16 subnet, uint64 epoch, bytes32[] packed) returns()
func (_Emission *EmissionTransactor) Distribute(opts *bind.TransactOpts, subnet uint16, epoch uint64, packed [][32]byte) (*types.Transaction, error) {
	return _Emission.contract.Transact(opts, "distribute", subnet, epoch, packed)
}

// Distribute is a paid mutator transaction binding the contract method 0x835dcbff.
//
// Solidity: function distribute(uint16 subnet, uint64 epoch, bytes32[] packed) returns()
func (_Emission *EmissionSession) Distribute(subnet uint16, epoch uint64, packed [][32]byte) (*types.Transaction, error) {
	return _Emission.Contract.Distribute(&_Emission.TransactOpts, subnet, epoch, packed)
}

// Distribute is a paid mutator transaction binding the contract method 0x835dcbff.
//
// Solidity: function distribute(uint16 subnet, uint64 epoch, bytes32[] packed) returns()
func (_Emission *EmissionTransactorSession) Distribute(subnet uint16, epoch uint64, packed [][32]byte) (*types.Transaction, error) {
	return _Emission.Contract.Distribute(&_Emission.TransactOpts, subnet, epoch, packed)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_Emission *EmissionTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Emission.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_Emission *EmissionSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Emission.Contract.GrantRole(&_Emission.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_Emission *EmissionTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Emission.Contract.GrantRole(&_Emission.TransactOpts, role, account)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_Emission *EmissionTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _Emission.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_Emission *EmissionSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _Emission.Contract.RenounceRole(&_Emission.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_Emission *EmissionTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _Emission.Contract.RenounceRole(&_Emission.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_Emission *EmissionTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Emission.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_Emission *EmissionSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Emission.Contract.RevokeRole(&_Emission.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_Emission *EmissionTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Emission.Contract.RevokeRole(&_Emission.TransactOpts, role, account)
}

// Settle is a paid mutator transaction binding the contract method 0xf346be51.
//
// Solidity: function settle(uint16 subnet, uint64 epoch, bytes32 root, uint256 total) returns()
func (_Emission *EmissionTransactor) Settle(opts *bind.TransactOpts, subnet uint16, epoch uint64, root [32]byte, total *big.Int) (*types.Transaction, error) {
	return _Emission.contract.Transact(opts, "settle", subnet, epoch, root, total)
}

// Settle is a paid mutator transaction binding the contract method 0xf346be51.
//
// Solidity: function settle(uint16 subnet, uint64 epoch, bytes32 root, uint256 total) returns()
func (_Emission *EmissionSession) Settle(subnet uint16, epoch uint64, root [32]byte, total *big.Int) (*types.Transaction, error) {
	return _Emission.Contract.Settle(&_Emission.TransactOpts, subnet, epoch, root, total)
}

// Settle is a paid mutator transaction binding the contract method 0xf346be51.
//
// Solidity: function settle(uint16 subnet, uint64 epoch, bytes32 root, uint256 total) returns()
func (_Emission *EmissionTransactorSession) Settle(subnet uint16, epoch uint64, root [32]byte, total *big.Int) (*types.Transaction, error) {
	return _Emission.Contract.Settle(&_Emission.TransactOpts, subnet, epoch, root, total)
}

// EmissionDistributedIterator is returned from FilterDistributed and is used to iterate over the raw logs and unpacked data for Distributed events raised by the Emission contract.
type EmissionDistributedIterator struct {
	Event *EmissionDistributed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EmissionDistributedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EmissionDistributed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EmissionDistributed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EmissionDistributedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EmissionDistributedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EmissionDistributed represents a Distributed event raised by the Emission contract.
type EmissionDistributed struct {
	Subnet     uint16
	Epoch      uint64
	Total      *big.Int
	Recipients *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterDistributed is a free log retrieval operation binding the contract event 0xd48548ec96c10343dc0b067036cca4c4521b54f0c2e780dd82909eabe1c26066.
//
// Solidity: event Distributed(uint16 indexed subnet, uint64 indexed epoch, uint256 total, uint256 recipients)
func (_Emission *EmissionFilterer) FilterDistributed(opts *bind.FilterOpts, subnet []uint16, epoch []uint64) (*EmissionDistributedIterator, error) {

	var subnetRule []interface{}
	for _, subnetItem := range subnet {
		subnetRule = append(subnetRule, subnetItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _Emission.contract.FilterLogs(opts, "Distributed", subnetRule, epochRule)
	if err != nil {
		return nil, err
	}
	return &EmissionDistributedIterator{contract: _Emission.contract, event: "Distributed", logs: logs, sub: sub}, nil
}

// WatchDistributed is a free log subscription operation binding the contract event 0xd48548ec96c10343dc0b067036cca4c4521b54f0c2e780dd82909eabe1c26066.
//
// Solidity: event Distributed(uint16 indexed subnet, uint64 indexed epoch, uint256 total, uint256 recipients)
func (_Emission *EmissionFilterer) WatchDistributed(opts *bind.WatchOpts, sink chan<- *EmissionDistributed, subnet []uint16, epoch []uint64) (event.Subscription, error) {

	var subnetRule []interface{}
	for _, subnetItem := range subnet {
		subnetRule = append(subnetRule, subnetItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _Emission.contract.WatchLogs(opts, "Distributed", subnetRule, epochRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EmissionDistributed)
				if err := _Emission.contract.UnpackLog(event, "Distributed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDistributed is a log parse operation binding the contract event 0xd48548ec96c10343dc0b067036cca4c4521b54f0c2e780dd82909eabe1c26066.
//
// Solidity: event Distributed(uint16 indexed subnet, uint64 indexed epoch, uint256 total, uint256 recipients)
func (_Emission *EmissionFilterer) ParseDistributed(log types.Log) (*EmissionDistributed, error) {
	event := new(EmissionDistributed)
	if err := _Emission.contract.UnpackLog(event, "Distributed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EmissionRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the Emission contract.
type EmissionRoleAdminChangedIterator struct {
	Event *EmissionRoleAdminChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EmissionRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EmissionRoleAdminChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EmissionRoleAdminChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EmissionRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EmissionRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EmissionRoleAdminChanged represents a RoleAdminChanged event raised by the Emission contract.
type EmissionRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_Emission *EmissionFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*EmissionRoleAdminChangedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _Emission.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &EmissionRoleAdminChangedIterator{contract: _Emission.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_Emission *EmissionFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *EmissionRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _Emission.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EmissionRoleAdminChanged)
				if err := _Emission.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleAdminChanged is a log parse operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_Emission *EmissionFilterer) ParseRoleAdminChanged(log types.Log) (*EmissionRoleAdminChanged, error) {
	event := new(EmissionRoleAdminChanged)
	if err := _Emission.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EmissionRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the Emission contract.
type EmissionRoleGrantedIterator struct {
	Event *EmissionRoleGranted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EmissionRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EmissionRoleGranted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EmissionRoleGranted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EmissionRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EmissionRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EmissionRoleGranted represents a RoleGranted event raised by the Emission contract.
type EmissionRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_Emission *EmissionFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*EmissionRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Emission.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &EmissionRoleGrantedIterator{contract: _Emission.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_Emission *EmissionFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *EmissionRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Emission.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EmissionRoleGranted)
				if err := _Emission.contract.UnpackLog(event, "RoleGranted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_Emission *EmissionFilterer) ParseRoleGranted(log types.Log) (*EmissionRoleGranted, error) {
	event := new(EmissionRoleGranted)
	if err := _Emission.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EmissionRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the Emission contract.
type EmissionRoleRevokedIterator struct {
	Event *EmissionRoleRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EmissionRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EmissionRoleRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EmissionRoleRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EmissionRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EmissionRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EmissionRoleRevoked represents a RoleRevoked event raised by the Emission contract.
type EmissionRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_Emission *EmissionFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*EmissionRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Emission.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &EmissionRoleRevokedIterator{contract: _Emission.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_Emission *EmissionFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *EmissionRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _Emission.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EmissionRoleRevoked)
				if err := _Emission.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_Emission *EmissionFilterer) ParseRoleRevoked(log types.Log) (*EmissionRoleRevoked, error) {
	event := new(EmissionRoleRevoked)
	if err := _Emission.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// EmissionSettledIterator is returned from FilterSettled and is used to iterate over the raw logs and unpacked data for Settled events raised by the Emission contract.
type EmissionSettledIterator struct {
	Event *EmissionSettled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *EmissionSettledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(EmissionSettled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(EmissionSettled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *EmissionSettledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *EmissionSettledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// EmissionSettled represents a Settled event raised by the Emission contract.
type EmissionSettled struct {
	Subnet uint16
	Epoch  uint64
	Root   [32]byte
	Total  *big.Int
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterSettled is a free log retrieval operation binding the contract event 0x350f69dac181551593a084a39c8ec63a93547e7c0f4c34d6517229676791d77c.
//
// Solidity: event Settled(uint16 indexed subnet, uint64 indexed epoch, bytes32 root, uint256 total)
func (_Emission *EmissionFilterer) FilterSettled(opts *bind.FilterOpts, subnet []uint16, epoch []uint64) (*EmissionSettledIterator, error) {

	var subnetRule []interface{}
	for _, subnetItem := range subnet {
		subnetRule = append(subnetRule, subnetItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _Emission.contract.FilterLogs(opts, "Settled", subnetRule, epochRule)
	if err != nil {
		return nil, err
	}
	return &EmissionSettledIterator{contract: _Emission.contract, event: "Settled", logs: logs, sub: sub}, nil
}

// WatchSettled is a free log subscription operation binding the contract event 0x350f69dac181551593a084a39c8ec63a93547e7c0f4c34d6517229676791d77c.
//
// Solidity: event Settled(uint16 indexed subnet, uint64 indexed epoch, bytes32 root, uint256 total)
func (_Emission *EmissionFilterer) WatchSettled(opts *bind.WatchOpts, sink chan<- *EmissionSettled, subnet []uint16, epoch []uint64) (event.Subscription, error) {

	var subnetRule []interface{}
	for _, subnetItem := range subnet {
		subnetRule = append(subnetRule, subnetItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _Emission.contract.WatchLogs(opts, "Settled", subnetRule, epochRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(EmissionSettled)
				if err := _Emission.contract.UnpackLog(event, "Settled", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSettled is a log parse operation binding the contract event 0x350f69dac181551593a084a39c8ec63a93547e7c0f4c34d6517229676791d77c.
//
// Solidity: event Settled(uint16 indexed subnet, uint64 indexed epoch, bytes32 root, uint256 total)
func (_Emission *EmissionFilterer) ParseSettled(log types.Log) (*EmissionSettled, error) {
	event := new(EmissionSettled)
	if err := _Emission.contract.UnpackLog(event, "Settled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
