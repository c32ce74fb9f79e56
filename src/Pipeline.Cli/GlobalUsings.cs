// Namespaces most files of this project use (issue 16); written by global_usings.py.
global using System.Globalization;
global using System.Text;
global using Pipeline.Core.Diagnostics;
global using Pipeline.Core.Engine;
global using Pipeline.Core.Plugins;
