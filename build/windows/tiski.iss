; Inno Setup 6 script of the Tiski installer for Windows counters (per machine).
;
;   python build\build.py          (freezes dist\tiski and writes version.iss)
;   iscc build\windows\tiski.iss   (makes dist\tiski-<version>-setup.exe)
;
; Silent install for IT: tiski-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES
; No page asks for anything the defaults do not answer, and there is no [Code].

#ifndef AppVersion
  #include "version.iss"
#endif

[Setup]
AppId={{6B0E5C1D-3F2A-4E8B-9C47-2D1A7F5E8B30}
AppName=Tiski
AppVersion={#AppVersion}
AppVerName=Tiski {#AppVersion}
AppPublisher=Tiski
; Paths below are relative to the repository root.
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=tiski-{#AppVersion}-setup
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
DefaultDirName={autopf}\Tiski
DefaultGroupName=Tiski
DisableProgramGroupPage=yes
DisableReadyPage=yes
UninstallDisplayIcon={app}\tiski.exe
UninstallDisplayName=Tiski
CloseApplications=yes
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Files]
; The PyInstaller one-folder app: tiski.exe and _internal\.
Source: "dist\tiski\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; IT's site settings (platformdirs' site folder, C:\ProgramData\tiski): a template,
; installed only where there is none and kept when Tiski is uninstalled.
Source: "build\windows\tiski.toml"; DestDir: "{commonappdata}\tiski"; Flags: onlyifdoesntexist uninsneveruninstall

[Icons]
Name: "{group}\Tiski"; Filename: "{app}\tiski.exe"
Name: "{group}\Tiski kiosk"; Filename: "{app}\tiski.exe"; Parameters: "kiosk"
Name: "{group}\Tiski lobby display"; Filename: "{app}\tiski.exe"; Parameters: "display"
Name: "{group}\{cm:UninstallProgram,Tiski}"; Filename: "{uninstallexe}"
